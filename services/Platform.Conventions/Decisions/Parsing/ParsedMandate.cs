namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// A request the decision makes of the Secretariat or the Executive Secretary, one per paragraph or
/// sub-paragraph that carries it. <see cref="Reference"/> (<c>BC-14/21 6(b)</c>) stays the same for
/// the same text, so activities can point at it.
/// </summary>
public sealed record ParsedMandate(
    string Reference,
    int Paragraph,
    string? Subparagraph,
    string Verb,
    string Kind,
    IReadOnlyList<string> Conditions,
    ReportBack? ReportBack,
    string Addressee,
    string Text);

/// <summary>The body the Secretariat reports to and when (<c>at its next meeting</c>); When is empty if the text does not say.</summary>
public sealed record ReportBack(string Body, string When);
