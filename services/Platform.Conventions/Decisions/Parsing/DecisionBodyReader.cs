namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Reads the body of a decision line by line into preamble, paragraphs, sub-paragraphs, footnotes
/// and sections. A line that opens nothing continues whatever is open, since converters often
/// break paragraphs across lines; a footnote block may sit between two sub-paragraphs of one
/// paragraph, so sub-paragraphs attach to the last paragraph across it.
/// </summary>
internal sealed class DecisionBodyReader(IReadOnlySet<string> referencedMarkers)
{
    private readonly RawDecision decision = new();
    private RawPart? open;
    private RawPart? openBeforeFootnotes;
    private RawParagraph? paragraph;
    private string? section;
    private string? pendingSectionNumeral;
    private bool stopped;

    public RawDecision Decision => decision;

    /// <summary>The line reading stopped at, if it found one it could not read.</summary>
    public DecisionParseError? Error { get; private set; }

    public SourceLine? LastLine { get; private set; }

    public void Read(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines.Where(line => !line.IsBlank && !LineClassifier.IsPageFurniture(line.Text)))
        {
            foreach (var piece in GluedFootnotes.Split(line.Text, referencedMarkers))
            {
                Read(line, piece);
                if (stopped || Error is not null)
                {
                    return;
                }
            }

            LastLine = line;
        }
    }

    private void Read(SourceLine line, string text)
    {
        var classified = LineClassifier.Classify(text, referencedMarkers);
        if (pendingSectionNumeral is { } numeral && IsSectionTitle(classified))
        {
            StartSection($"{numeral}. {HeadingLine.CleanTitle(text)}");
            return;
        }

        if (pendingSectionNumeral is { } untitled && classified.Kind is not LineKind.SectionNumeral)
        {
            StartSection(untitled);
        }

        switch (classified.Kind)
        {
            case LineKind.Annex or LineKind.DecisionHeading when open is null || open.EndsClause():
                stopped = true; // an annex or the next decision: this decision's body is over
                break;
            case LineKind.Enacting:
                open = null;
                if (classified.Rest is { } rest)
                {
                    Read(line, rest);
                }

                break;
            case LineKind.Footnote:
                AddFootnotes(line, classified);
                break;
            case LineKind.Section:
                StartSection(classified.Content);
                break;
            case LineKind.SectionNumeral:
                pendingSectionNumeral = classified.Label;
                open = paragraph = null;
                break;
            case LineKind.NumberedParagraph:
                StartParagraph(line, int.Parse(classified.Label!, System.Globalization.CultureInfo.InvariantCulture), classified.Content);
                break;
            case LineKind.Subparagraph:
                AddSubparagraph(line, classified, text);
                break;
            case LineKind.Preamble when StartsAnew(text):
                var preamble = new RawPreamble(line.Number);
                preamble.Append(text);
                decision.Preamble.Add(preamble);
                open = preamble;
                paragraph = null;
                break;
            case LineKind.OperativeVerb when StartsAnew(text):
                StartParagraph(line, null, text);
                break;
            default:
                Continue(line, classified, text);
                break;
        }
    }

    // The line after a numeral standing alone ("II") is that section's title.
    private static bool IsSectionTitle(ClassifiedLine line) =>
        line.Kind is LineKind.Other or LineKind.VerbLike or LineKind.Preamble or LineKind.OperativeVerb
        && line.Content.Length <= 200 && !line.Content.TrimEnd().EndsWith(';') && !line.Content.TrimEnd().EndsWith(',');

    private bool StartsAnew(string text) => open is null || open.EndsClause() || Emphasis.StartsEmphasised(text);

    private void StartSection(string heading)
    {
        decision.Sections.Add(heading);
        section = heading;
        pendingSectionNumeral = null;
        open = paragraph = null;
    }

    private void StartParagraph(SourceLine line, int? number, string text)
    {
        paragraph = new RawParagraph(number ?? (decision.Paragraphs.LastOrDefault()?.Number ?? 0) + 1, line.Number, section);
        paragraph.Append(text);
        decision.Paragraphs.Add(paragraph);
        open = paragraph;
    }

    private void AddFootnotes(SourceLine line, ClassifiedLine classified)
    {
        if (open is not RawFootnote)
        {
            openBeforeFootnotes = open;
        }

        foreach (var (marker, text) in FootnoteDefinitions.SplitSeveral(classified.Label!, classified.Content))
        {
            var footnote = new RawFootnote(marker, line.Number);
            footnote.Append(text);
            decision.Footnotes.Add(footnote);
            open = footnote;
        }
    }

    private void AddSubparagraph(SourceLine line, ClassifiedLine classified, string text)
    {
        var letter = classified.Label!;
        if (paragraph is null)
        {
            if (open is RawPreamble preamble)
            {
                preamble.Append(classified.Content.Length > 0 ? $"({letter}) {classified.Content}" : $"({letter})");
                return;
            }

            Error = new DecisionParseError($"sub-paragraph ({letter}) belongs to no paragraph", line.Number, line.Text);
            return;
        }

        if (open is not null and not RawFootnote && !open.EndsClause())
        {
            open.Append(text); // "…paragraph 2" broken before "(b) of Article 3": a reference, not a sub-paragraph
            return;
        }

        // (i), (ii) inside a sub-paragraph, unless the paragraph itself counts its items in Roman numerals.
        var current = paragraph.Subparagraphs.LastOrDefault();
        var romanItems = paragraph.Subparagraphs.FirstOrDefault()?.Letter == "i";
        if (current is not null && !romanItems && letter != SubparagraphLetters.Next(current.Letter) && SubparagraphLetters.IsRoman(letter))
        {
            current.Append($"({letter}) {classified.Content}".TrimEnd());
            open = current;
            return;
        }

        var sub = new RawSubparagraph(letter, line.Number);
        sub.Append(classified.Content);
        paragraph.Subparagraphs.Add(sub);
        open = sub;
    }

    private void Continue(SourceLine line, ClassifiedLine classified, string text)
    {
        if (open is RawFootnote footnote && openBeforeFootnotes is not null && char.IsLower(text[0]) && footnote.EndsClause())
        {
            open = openBeforeFootnotes; // the paragraph resumes after a footnote block that interrupted it
        }

        if (open is not null)
        {
            open.Append(text);
            return;
        }

        if (classified.Kind is LineKind.VerbLike or LineKind.OperativeVerb)
        {
            StartParagraph(line, null, text);
            return;
        }

        Error = new DecisionParseError("cannot read this line as a preambular or operative paragraph", line.Number, line.Text);
    }
}
