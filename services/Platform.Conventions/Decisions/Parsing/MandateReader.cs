namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Finds the mandates: requests addressed to the Secretariat or the Executive Secretary, whether a
/// paragraph opens with them or carries them in a later clause ("Notes … and requests the
/// Secretariat to …"). When the request introduces sub-paragraphs ("Requests the Secretariat:"),
/// each sub-paragraph is a mandate and the paragraph itself is not.
/// </summary>
internal static class MandateReader
{
    public static IReadOnlyList<ParsedMandate> Read(DecisionSymbol symbol, IReadOnlyList<ParsedParagraph> paragraphs)
    {
        // Some decisions number each section's paragraphs from 1; their references then name the section.
        var numberedPerSection = paragraphs.GroupBy(paragraph => paragraph.Number).Any(group => group.Count() > 1);
        return paragraphs.SelectMany(paragraph => Read(symbol, paragraph, numberedPerSection)).ToList();
    }

    private static IEnumerable<ParsedMandate> Read(DecisionSymbol symbol, ParsedParagraph paragraph, bool numberedPerSection)
    {
        var place = numberedPerSection && paragraph.Section is { } section
            ? $"{SectionLabel(section)}.{paragraph.Number}"
            : paragraph.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var clauses = Addressees.Clauses(paragraph.Text);
        var listIntro = paragraph.Subparagraphs.Count > 0 ? ListIntroduction(paragraph.Text, clauses) : null;

        var carried = new HashSet<string>(StringComparer.Ordinal);
        if (listIntro is not null)
        {
            var leadIn = paragraph.Text[listIntro.Start..];
            foreach (var sub in paragraph.Subparagraphs)
            {
                var addressee = listIntro.Secretariat ?? (listIntro.Addressees.Count == 0
                    ? Addressees.Leading(sub.Text).FirstOrDefault(Addressees.IsSecretariat)
                    : null);
                if (addressee is not null)
                {
                    carried.Add(sub.Letter);
                    yield return Mandate(symbol, paragraph, place, sub.Letter, listIntro.Verb, addressee, sub.Text, leadIn);
                }
            }
        }

        var request = clauses.FirstOrDefault(clause => clause.IsRequest && clause.Secretariat is not null && clause != listIntro);
        if (request is not null)
        {
            var next = request.SharesInfinitive ? null : clauses.FirstOrDefault(clause => clause.Start > request.Start && !clause.IsRequest);
            var text = ClauseText(paragraph.Text[request.Start..(next?.Start ?? paragraph.Text.Length)]);
            yield return Mandate(symbol, paragraph, place, null, request.Verb, request.Secretariat!, text, "");
        }

        foreach (var sub in paragraph.Subparagraphs.Where(sub => !carried.Contains(sub.Letter)))
        {
            var inner = Addressees.Clauses(sub.Text).FirstOrDefault(clause => clause.IsRequest && clause.Secretariat is not null);
            if (inner is not null)
            {
                yield return Mandate(symbol, paragraph, place, sub.Letter, inner.Verb, inner.Secretariat!, sub.Text[inner.Start..], "");
            }
        }
    }

    // The request the sub-paragraphs complete: "Requests the Secretariat:", or the last request of a
    // lead that ends in a colon ("Requests the Secretariat to facilitate the work …:").
    private static AddressedClause? ListIntroduction(string lead, IReadOnlyList<AddressedClause> clauses)
    {
        var last = clauses.LastOrDefault();
        return clauses.LastOrDefault(clause => clause.IntroducesList && clause.IsRequest)
            ?? (last is { IsRequest: true } && lead.TrimEnd().EndsWith(':') ? last : null);
    }

    /// <summary>What references call a section: its numeral or letter (<c>II</c>, <c>A</c>), else its whole heading.</summary>
    public static string SectionLabel(string section) =>
        section.Split([' ', '.', '-', '–', '—', ':', ')'], StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
        && (first.All(c => c is 'I' or 'V' or 'X' or 'L') || first.Length == 1)
            ? first
            : section;

    private static ParsedMandate Mandate(
        DecisionSymbol symbol, ParsedParagraph paragraph, string place, string? letter, string verb, string addressee, string text, string leadIn)
    {
        var reference = letter is null ? $"{symbol.Value} {place}" : $"{symbol.Value} {place}({letter})";
        var request = RequestPart(text, addressee);
        var conditions = MandateConditions.Find(leadIn).Concat(MandateConditions.Find(text)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ParsedMandate(
            reference, paragraph.Number, letter, verb, MandateKinds.Of(request), conditions,
            ReportBacks.Find(text), addressee, text);
    }

    // A clause cut before "…, and invites Parties" loses its trailing "and".
    private static string ClauseText(string clause)
    {
        var text = clause.TrimEnd(' ', ',');
        foreach (var joiner in (string[])[" and", " or"])
        {
            if (text.EndsWith(joiner, StringComparison.Ordinal))
            {
                text = text[..^joiner.Length].TrimEnd(' ', ',');
            }
        }

        return text;
    }

    // What the addressee is asked to do: the text after the addressee's name.
    private static string RequestPart(string text, string addressee)
    {
        var at = text.IndexOf(addressee, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? text : text[(at + addressee.Length)..];
    }
}
