using System.Diagnostics;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// Reads a PDF the way a person checks one, with poppler's <c>pdfinfo</c> and <c>pdftotext</c>,
/// and converts a Word document with LibreOffice as a person would at their desk. tests/run.sh
/// installs both (poppler-utils, libreoffice-writer-nogui); a missing tool fails the test with
/// how to install it.
/// </summary>
internal static class PdfReader
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    public static async Task<int> PageCountAsync(byte[] pdf)
    {
        var info = await RunOnFileAsync("pdfinfo", pdf, file => [file]);
        var pages = info.Split('\n').Single(line => line.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(pages["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<string> TextAsync(byte[] pdf) => RunOnFileAsync("pdftotext", pdf, file => ["-layout", "-enc", "UTF-8", file, "-"]);

    /// <summary>The Word document as LibreOffice itself renders it, converted here with a profile of the test's own.</summary>
    public static async Task<byte[]> ConvertWithLibreOfficeAsync(byte[] docx)
    {
        var directory = Directory.CreateTempSubdirectory("report-pdf-test-");
        try
        {
            var input = Path.Combine(directory.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx);
            await RunAsync("soffice",
            [
                "--headless", "--norestore", "--nologo", "--nolockcheck",
                $"-env:UserInstallation={new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri}",
                "--convert-to", "pdf", "--outdir", directory.FullName, input,
            ], directory.FullName);
            return await File.ReadAllBytesAsync(Path.Combine(directory.FullName, "report.pdf"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<string> RunOnFileAsync(string tool, byte[] pdf, Func<string, string[]> arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            return await RunAsync(tool, arguments(file), home: null);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string tool, string[] arguments, string? home)
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, tool)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{tool} is not installed; tests/run.sh installs it (apt-get install poppler-utils libreoffice-writer-nogui).");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (home is not null)
        {
            start.Environment["HOME"] = home;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {ToolTimeout.TotalSeconds:0} seconds.");
        }

        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
