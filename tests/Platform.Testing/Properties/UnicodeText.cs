using System.Globalization;
using System.Text;
using CsCheck;

namespace Platform.Testing.Properties;

/// <summary>
/// Text from the whole of Unicode, weighted towards what has broken documents and displays: C0
/// and C1 controls, DEL, unpaired surrogates, noncharacters, bidirectional controls, zero-width
/// characters and the byte-order mark, right-to-left letters, combining marks, line breaks,
/// astral characters, and the characters Markdown and XML give meaning.
/// </summary>
public static class UnicodeText
{
    private static readonly Gen<string> AnyPiece = Gen.OneOf(
        Gen.Char['\u0000', '\u001F'].Select(c => c.ToString()),
        Gen.Char['\u007F', '\u009F'].Select(c => c.ToString()),
        Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString()),
        Gen.OneOf<string>("\uFFFE", "\uFFFF", "\uFEFF", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\u2028", "\u2029"),
        Gen.OneOf(Gen.Char['\u202A', '\u202E'], Gen.Char['\u2066', '\u2069']).Select(c => c.ToString()),
        Gen.Char['\u0590', '\u06FF'].Select(c => c.ToString()),
        Gen.Char['\u0300', '\u036F'].Select(c => c.ToString()),
        Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32),
        Gen.Int[0, 0x10FFFF].Select(v => v is >= 0xD800 and <= 0xDFFF ? ((char)v).ToString() : char.ConvertFromUtf32(v)),
        Gen.Char.Select(c => c.ToString()),
        Gen.OneOf<string>("# ", "- ", "+ ", "1. ", "2) ", "=", "---", "> ", "|", "\\", "*", "_", "`", "```", "~", "[", "]", "<", ">",
            "&", "&amp;", "]]>", "<!--", "\"", "'", "\r\n", "\n", "\r", "\t", "    ", " ", "\u00A0", "\u3000"),
        Gen.String.AlphaNumeric);

    /// <summary>Text any field could take: letters, other scripts, combining marks, astral characters, spaces.</summary>
    private static readonly Gen<string> CleanPiece = Gen.Frequency(
        (8, Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-()/"].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x1FAFF].Select(char.ConvertFromUtf32)),
        (1, Gen.OneOf<string>("مؤتمر الأطراف", "Конференция", "缔约方大会", "Conférence", "e\u0301", "\u00A0")));

    /// <summary>Up to <paramref name="maxPieces"/> pieces from every class above.</summary>
    public static Gen<string> Any(int maxPieces) => AnyPiece.Array[0, maxPieces].Select(string.Concat);

    /// <summary>Half the time <see cref="Any"/>, half the time text any field could take, so that a property sees both answers.</summary>
    public static Gen<string> Mixed(int maxPieces) => Gen.Frequency(
        (1, Any(maxPieces)),
        (1, CleanPiece.Array[1, maxPieces].Select(string.Concat)));

    /// <summary>A JSON string literal that carries every UTF-16 unit as it is, unpaired surrogates included.</summary>
    public static string JsonLiteral(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var unit in text)
        {
            if (unit is >= ' ' and <= '~' and not '"' and not '\\')
            {
                json.Append(unit);
            }
            else
            {
                json.Append("\\u").Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return json.Append('"').ToString();
    }
}
