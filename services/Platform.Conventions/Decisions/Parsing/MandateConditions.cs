namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// The phrases that make a mandate conditional: on resources (<c>subject to the availability of
/// resources</c>, <c>within available resources</c>), on an event (<c>should the coalition be
/// established</c>, <c>if requested</c>) or on judgement (<c>as appropriate</c>). Phrases that only
/// describe how the work is done (<c>upon request</c>, <c>within the scope of their mandates</c>,
/// <c>pending the outcome of</c>) are not conditions.
/// </summary>
internal static partial class MandateConditions
{
    public static IReadOnlyList<string> Find(string text) =>
        Condition().Matches(text)
            .Select(match => match.Value.Trim().TrimEnd(',', ';', '.'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    [GeneratedRegex(
        @"\bsubject\s+to\s+(?:the\s+)?availability\s+of\s+(?:[a-z\-]+\s+){0,3}?(?:resources|funding|funds|contributions)\b" +
        @"|\bsubject\s+to\s+(?:the\s+)?(?:approval|agreement|consent|receipt|provision)\s+of\s+[^,;:]{1,80}?(?=[,;:.]|$)" +
        @"|\bwithin\s+(?:the\s+)?(?:limits\s+of\s+)?(?:available|existing)\s+(?:[a-z\-]+\s+)?(?:resources|funding|funds)\b" +
        @"|\b(?:to\s+the\s+extent\s+that\s+)?(?:resources|funds|funding)\s+(?:permitting|allowing)\b" +
        @"|\bto\s+the\s+extent\s+(?:that\s+)?(?:resources|funds|funding)\s+(?:are\s+available|allow|permit)\b" +
        @"|(?<=(?:^|[,;:(—–]\s*))(?:should|if|provided\s+that|in\s+the\s+event\s+that|unless|once)\s+[^,;:()]{2,120}?(?=\s*(?:[,;:)]|$))" +
        @"|\b(?:as|where|when|if)\s+(?:appropriate|necessary|needed|feasible)\b|\bwhere\s+possible\b|\bto\s+the\s+extent\s+possible\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Condition();
}
