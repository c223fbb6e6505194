using System.Diagnostics;

namespace Reporting.Reports.Documents.Pdf;

/// <summary>
/// Converts a Word document to PDF with LibreOffice (<c>soffice --headless --convert-to pdf</c>).
/// Each conversion runs in a directory of its own with a profile of its own
/// (<c>-env:UserInstallation</c>): two conversions sharing a profile would wait on its lock or
/// quit at once. A conversion that outlasts <see cref="Timeout"/> is ended with its child processes.
/// </summary>
public sealed class LibreOffice(string? executable, TimeSpan timeout)
{
    // LibreOffice takes a few hundred megabytes per conversion; two at once keep a small host responsive.
    private static readonly SemaphoreSlim Conversions = new(2);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The <c>soffice</c> on the PATH, given two minutes per document.</summary>
    public static LibreOffice Installed { get; } = new(null, DefaultTimeout);

    public TimeSpan Timeout { get; } = timeout;

    /// <summary>
    /// The soffice program, or null when LibreOffice is not installed: the configured path when
    /// one is, else the first on the PATH. Looked up at each use, so installing LibreOffice needs
    /// no restart.
    /// </summary>
    public string? Executable => executable is null ? Find() : File.Exists(executable) ? executable : null;

    public async Task<byte[]> ConvertToPdfAsync(byte[] docx, CancellationToken ct)
    {
        var soffice = Executable ?? throw new LibreOfficeMissingException();
        await Conversions.WaitAsync(ct);
        var directory = Directory.CreateTempSubdirectory("report-pdf-");
        try
        {
            var input = Path.Combine(directory.FullName, "report.docx");
            var output = Path.Combine(directory.FullName, "out");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                         "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                         $"-env:UserInstallation={new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri}",
                         "--convert-to", "pdf", "--outdir", output, input])
            {
                start.ArgumentList.Add(argument);
            }

            // A profile needs a writable home on hosts where the service user has none.
            start.Environment["HOME"] = directory.FullName;

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{soffice} did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw new TimeoutException($"LibreOffice did not convert the document within {Timeout.TotalSeconds:0} seconds.");
            }

            var pdf = Path.Combine(output, "report.pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException(
                    $"LibreOffice exited with {process.ExitCode} and wrote no PDF: {(await stderr).Trim()} {(await stdout).Trim()}".Trim());
            }

            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            Conversions.Release();
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A process ended on timeout may still hold a file for a moment; the temporary directory is the system's to clean.
            }
        }
    }

    private static string? Find()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string[] names = OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
        return directories.SelectMany(directory => names.Select(name => Path.Combine(directory, name))).FirstOrDefault(File.Exists);
    }
}

/// <summary>LibreOffice, which renders the PDF, is not installed where the service runs.</summary>
public sealed class LibreOfficeMissingException()
    : InvalidOperationException("LibreOffice (soffice) is not installed on the reporting service's host, so the report cannot be converted to PDF.");
