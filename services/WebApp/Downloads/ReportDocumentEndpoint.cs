using WebApp.Components.Pages.Reports;
using WebApp.Gateway;

namespace WebApp.Downloads;

/// <summary>
/// <c>GET /reports/{id}/document/{format}</c>, or <c>/reports/{id}/document?format=…</c> as the run
/// page's download form asks, with an optional <c>language</c>: a run's document fetched through
/// the gateway with the signed-in user's token and passed on as the reporting service made it, as
/// a download (or, with <c>inline=true</c>, for the run page's frame). The browser never calls the
/// API itself.
/// </summary>
public static class ReportDocumentEndpoint
{
    /// <summary>The document shown inline may style itself but run nothing, and only this application may frame it.</summary>
    /// <summary>As long as the gateway's route for a document allows: a PDF may wait for LibreOffice.</summary>
    public static readonly TimeSpan DocumentTimeout = TimeSpan.FromSeconds(150);

    private const string InlineDocumentPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    public static WebApplication MapReportDocuments(this WebApplication app)
    {
        app.MapGet("/reports/{id:guid}/document/{format}", DownloadAsync).RequireAuthorization();
        app.MapGet("/reports/{id:guid}/document", DownloadAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, string? format, string? language, bool? inline, GatewayApi gateway, HttpContext http)
    {
        language ??= "en";
        if (format is null || !ReportFormats.IsKnown(format) || !ReportFormats.IsKnownLanguage(language))
        {
            return Results.NotFound();
        }

        var (response, problem) = await gateway.GetRawAsync($"/api/reports/{id}/document?format={format}&language={language}", http.RequestAborted, DocumentTimeout);
        if (response is null)
        {
            return Results.Problem(title: problem!.Title, detail: problem.Message, statusCode: problem.Status);
        }

        http.Response.RegisterForDispose(response);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? $"report-{id}-{language}.{format}";
        var body = await response.Content.ReadAsStreamAsync(http.RequestAborted);
        if (inline == true && format == "html")
        {
            http.Response.Headers.ContentSecurityPolicy = InlineDocumentPolicy;
            return Results.Stream(body, contentType);
        }

        return Results.Stream(body, contentType, fileDownloadName: fileName);
    }
}
