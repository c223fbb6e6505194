namespace Platform.Contracts.Reports;

/// <summary>One frozen document of an issued report: its format (<c>docx</c>, <c>html</c>, ...), language, size and SHA-256 (lower-case hexadecimal).</summary>
public sealed record IssuedReportDocument
{
    public required string Format { get; init; }

    public required string Language { get; init; }

    public required long Length { get; init; }

    public required string Sha256 { get; init; }
}
