namespace Platform.Conventions.Decisions;

/// <summary>A COP decision as imported: its text and what the parser read from it.</summary>
public sealed class Decision
{
    /// <summary>The title column's length (<c>EntityConfigurations</c>).</summary>
    public const int TitleMaxLength = 500;

    /// <summary>Normalised symbol, e.g. <c>BC-14/21</c>.</summary>
    public required string Symbol { get; set; }

    public string? Title { get; set; }

    public string? Meeting { get; set; }

    /// <summary>The text as received; a second import of the same symbol must be identical.</summary>
    public required string Text { get; set; }

    /// <summary>SHA-256 of the text with line endings normalised.</summary>
    public required string TextHash { get; set; }

    /// <summary>Paragraphs and footnotes as JSON (<see cref="DecisionDocument"/>).</summary>
    public required string DocumentJson { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ImportedAt { get; set; }

    public List<Mandate> Mandates { get; set; } = [];
}
