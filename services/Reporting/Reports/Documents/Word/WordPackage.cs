using System.IO.Compression;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// The document's zip package with the body streamed into it. The SDK keeps every part it
/// writes uncompressed in memory until the package closes, which for the body of a hundred
/// thousand activities is some two hundred megabytes, grown and copied as it fills. So the SDK
/// writes every part but the body (styles, numbering, footnotes, chart, headers and footers, the
/// relationships and content types), and the package is then copied entry by entry into the
/// output, the body compressed as it is written.
/// </summary>
internal static class WordPackage
{
    /// <summary>
    /// Copies the package in <paramref name="parts"/> to <paramref name="output"/> (left open),
    /// with <paramref name="writeBody"/> writing the content of the entry <paramref name="body"/>.
    /// </summary>
    public static void Copy(Stream parts, string body, Action<Stream> writeBody, Stream output)
    {
        parts.Position = 0;
        using var source = new ZipArchive(parts, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var written = false;
        foreach (var entry in source.Entries)
        {
            // The level the SDK's packaging compresses every part with.
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            using var content = copy.Open();
            if (entry.FullName == body)
            {
                writeBody(content);
                written = true;
            }
            else
            {
                using var part = entry.Open();
                part.CopyTo(content);
            }
        }

        if (!written)
        {
            throw new InvalidOperationException($"The package has no entry {body} for the document body.");
        }
    }
}
