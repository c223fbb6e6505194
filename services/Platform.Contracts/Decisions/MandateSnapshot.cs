namespace Platform.Contracts.Decisions;

/// <summary>A request a decision addresses to the Secretariat or the Executive Secretary.</summary>
public sealed record MandateSnapshot
{
    /// <summary><c>BC-14/21 6(b)</c>.</summary>
    public required string Reference { get; init; }

    public required int Paragraph { get; init; }

    public string? Subparagraph { get; init; }

    public required string Verb { get; init; }

    /// <summary>cooperate, assist, participate, make available, take steps, report, ...</summary>
    public required string Kind { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<string> Conditions { get; init; } = [];

    public string? ReportBackBody { get; init; }

    public string? ReportBackWhen { get; init; }
}
