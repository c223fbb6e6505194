namespace Reporting.Reports.Documents.Pdf;

/// <summary>
/// Settings of the PDF conversion (section <c>Reporting:LibreOffice</c>): <c>Path</c> to soffice
/// (the PATH's when not set) and the <c>Timeout</c> of one conversion (<c>00:02:00</c>).
/// </summary>
public sealed class LibreOfficeOptions
{
    public const string SectionName = "Reporting:LibreOffice";

    public string? Path { get; set; }

    public TimeSpan Timeout { get; set; } = LibreOffice.DefaultTimeout;
}
