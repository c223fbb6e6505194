using System.Text;

namespace WebApp.Components.Pages.Decisions;

/// <summary>
/// A decision text uploaded as a file: a <c>.txt</c> file of UTF-8 text no larger than the
/// convention services accept. Anything else is refused here with a message for the file
/// field, before it reaches the API.
/// </summary>
public static class DecisionTextFile
{
    /// <summary>The convention services' own limit on a decision text (their <c>DecisionsApi.MaxTextBytes</c>).</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or why it is not a decision text.</summary>
    public static async Task<(string? Text, string? Problem)> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            return (null, $"{name} is empty.");
        }

        if (file.Length > MaxBytes)
        {
            return (null, $"{name} is {file.Length / 1024} KiB; a decision text may be at most {MaxBytes / 1024} KiB.");
        }

        if (!string.Equals(Path.GetExtension(name), ".txt", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"{name} is not a .txt file: save the decision as plain text (.txt, UTF-8) and choose that file.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"{name} is not UTF-8 text: save it as plain text in UTF-8 and choose it again.");
        }

        // Binary files (a word-processor document renamed .txt) hold NUL bytes that UTF-8 decodes
        // without complaint; any other odd character the API names by line and column.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, $"{name} does not hold plain text: save the decision as plain text (.txt, UTF-8) and choose that file.");
        }

        return (text.TrimStart('\uFEFF'), null);
    }
}
