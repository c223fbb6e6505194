using System.Globalization;
using System.Text;

namespace Platform.ServiceDefaults.Text;

/// <summary>
/// The one rule for text the platform takes in and puts into documents. Every report format is
/// XML underneath or read in a terminal, so text that XML 1.0 cannot carry (C0 controls other than
/// tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF), and the C1 and DEL
/// controls that terminals act on, never enter the store. Bidirectional embedding, override and
/// isolate controls can make a line read backwards, so single-line fields (titles, names, ids)
/// refuse them. Text is kept in Unicode normalisation form C, so that what looks the same
/// compares the same.
/// </summary>
public static class PlatformText
{
    /// <summary>What a document shows in place of a character it cannot carry.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The characters XML 1.0 allows (its <c>Char</c> production) less DEL and the C1 controls.</summary>
    public static bool IsAllowed(Rune rune) => rune.Value switch
    {
        0x9 or 0xA or 0xD => true,
        < 0x20 => false,
        >= 0x7F and <= 0x9F => false,
        0xFFFE or 0xFFFF => false,
        _ => true, // Rune cannot hold a surrogate code point: a lone one is found while enumerating.
    };

    /// <summary>U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates).</summary>
    public static bool IsBidiControl(Rune rune) => rune.Value is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    /// <summary>
    /// The first character that no text field may hold: its position (in UTF-16 units) and a
    /// description for an error message; null when every character is allowed.
    /// </summary>
    public static TextFault? FindDisallowed(string text)
    {
        for (var index = 0; index < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return new TextFault(index, $"an unpaired surrogate (U+{(int)text[index]:X4})");
            }

            if (!IsAllowed(rune))
            {
                return new TextFault(index, $"the control character U+{rune.Value:X4}");
            }

            index += consumed;
        }

        return null;
    }

    /// <summary>The first bidirectional control or line break, which a single-line field may not hold.</summary>
    public static TextFault? FindSingleLineFault(string text)
    {
        for (var index = 0; index < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return new TextFault(index, $"an unpaired surrogate (U+{(int)text[index]:X4})");
            }

            if (IsBidiControl(rune))
            {
                return new TextFault(index, $"the bidirectional control character U+{rune.Value:X4}");
            }

            if (rune.Value is '\n' or '\r' or '\t' or 0x2028 or 0x2029)
            {
                return new TextFault(index, "a line break or tab");
            }

            index += consumed;
        }

        return null;
    }

    /// <summary>
    /// True when the text holds at least one character a reader sees: not white space, not a
    /// format character (zero-width spaces and joiners, the byte-order mark, bidi controls), not
    /// a control, and not a combining mark standing alone.
    /// </summary>
    public static bool HasVisibleCharacter(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                continue;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Format:
                case UnicodeCategory.Control:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.OtherNotAssigned:
                    continue;
                default:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The text in normalisation form C; text that cannot be normalised (a lone surrogate) as it is.</summary>
    public static string Normalize(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>
    /// Text from the store made safe for any document: every character no field may hold becomes
    /// U+FFFD and bidirectional controls are dropped, so whatever was stored (before this rule
    /// existed, or by another path) renders whole and reads in its own order.
    /// </summary>
    public static string ForDocument(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (IsDocumentSafe(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                builder.Append(Replacement);
                index += Math.Max(consumed, 1);
                continue;
            }

            if (!IsAllowed(rune))
            {
                builder.Append(Replacement);
            }
            else if (!IsBidiControl(rune))
            {
                builder.Append(rune.ToString());
            }

            index += consumed;
        }

        return builder.ToString();
    }

    private static bool IsDocumentSafe(string text)
    {
        for (var index = 0; index < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                || !IsAllowed(rune) || IsBidiControl(rune))
            {
                return false;
            }

            index += consumed;
        }

        return true;
    }
}

/// <summary>Where a text breaks the rule (a UTF-16 index) and what is there, for an error message.</summary>
public sealed record TextFault(int Index, string Description);
