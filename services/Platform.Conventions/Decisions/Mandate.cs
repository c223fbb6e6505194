namespace Platform.Conventions.Decisions;

/// <summary>
/// A request a decision addresses to the Secretariat or the Executive Secretary: what activities
/// are recorded against, and what the mandate-coverage table of a report flags when nothing was.
/// </summary>
public sealed class Mandate
{
    /// <summary>Stable reference: <c>BC-14/21 6(b)</c>.</summary>
    public required string Reference { get; set; }

    public required string DecisionSymbol { get; set; }

    public int Paragraph { get; set; }

    public string? Subparagraph { get; set; }

    public required string Verb { get; set; }

    /// <summary>cooperate, assist, participate, make available, take steps, report, ...</summary>
    public required string Kind { get; set; }

    public required string Addressee { get; set; }

    public required string Text { get; set; }

    public List<string> Conditions { get; set; } = [];

    public string? ReportBackBody { get; set; }

    public string? ReportBackWhen { get; set; }

    /// <summary>Set when a later decision replaces this request.</summary>
    public string? SupersededBy { get; set; }
}
