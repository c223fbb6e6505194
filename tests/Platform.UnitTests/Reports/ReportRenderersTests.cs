using Reporting.Reports.Documents;

namespace Platform.UnitTests.Reports;

public sealed class ReportRenderersTests
{
    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    [InlineData("pdf", "application/pdf", ".pdf")]
    [InlineData("html", "text/html; charset=utf-8", ".html")]
    [InlineData("md", "text/markdown; charset=utf-8", ".md")]
    [InlineData("json", "application/json; charset=utf-8", ".json")]
    [InlineData("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    public void Each_format_name_finds_its_renderer(string format, string contentType, string extension)
    {
        var renderer = ReportRenderers.OnThisHost.Find(format);

        Assert.NotNull(renderer);
        Assert.Equal(format.ToLowerInvariant(), renderer.Format);
        Assert.Equal(contentType, renderer.ContentType);
        Assert.Equal(extension, renderer.FileExtension);
    }

    [Theory]
    [InlineData("odt")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_format_finds_no_renderer(string? format) => Assert.Null(ReportRenderers.OnThisHost.Find(format));
}
