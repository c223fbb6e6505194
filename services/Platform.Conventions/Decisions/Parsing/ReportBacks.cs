namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// A report-back: to which body the Secretariat reports and when, as in "to report … to the
/// Conference of the Parties at its next meeting" or "a report … for consideration by the
/// Open-ended Working Group at its twelfth meeting". Reports merely mentioned ("the report by the
/// Secretariat") are not report-backs.
/// </summary>
internal static partial class ReportBacks
{
    public static ReportBack? Find(string text)
    {
        foreach (Match trigger in Trigger().Matches(text))
        {
            var after = text[trigger.Index..];
            var clauseEnd = after.IndexOf(';', StringComparison.Ordinal);
            var clause = clauseEnd < 0 ? after : after[..clauseEnd];
            foreach (Match body in Body().Matches(clause))
            {
                var name = body.Groups["body"].Value.Trim();
                if (!Deliberative().IsMatch(name))
                {
                    continue;
                }

                var when = When().Match(clause, body.Index + body.Length);
                return new ReportBack(name, when.Success ? SourceLines.Tidy(when.Value) : "");
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"(?<!\b(?:the|its|this|that|their|these|those)\s)\breport(?:s|ing)?\b|\bfor\s+(?:its\s+|their\s+|the\s+)?consideration\b|\bfor\s+(?:possible\s+)?adoption\b|\b(?:submit|transmit|present)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\b(?:to|by|of)\s+(?:the\s+)?(?<body>Open[\s\-]ended\s+Working\s+Group|[A-Z][\w\-]*(?:\s+(?:(?:of\s+the|of|and|on|for|the)\s+)?[A-Z][\w\-]*)*)")]
    private static partial Regex Body();

    [GeneratedRegex(@"Conferences?|Working\s+Group|Committee|Bureau|Meeting|Assembly|Council|Board|Parties")]
    private static partial Regex Deliberative();

    [GeneratedRegex(
        @"\bat\s+(?:its|their)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|session)s?\b|\bat\s+each\s+(?:of\s+its\s+)?(?:[\w\-]+\s+)?(?:meeting|session)s?\b" +
        @"|\bby\s+(?:the\s+end\s+of\s+)?(?:[0-9]{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?[0-9]{4}\b" +
        @"|\bbefore\s+(?:its|their)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|session)s?\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex When();
}
