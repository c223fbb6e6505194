using System.Globalization;
using System.Text;
using CsCheck;

namespace Platform.IntegrationTests.TextRule;

/// <summary>
/// Random text from the whole of Unicode, weighted towards what breaks documents and displays:
/// C0 and C1 controls, DEL, noncharacters, unpaired surrogates, bidirectional controls, zero-width
/// characters and the byte-order mark, combining marks, line breaks, astral characters, and enough
/// plain letters that much of it is also acceptable.
/// </summary>
public static class RandomText
{
    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-()/"].Select(c => c.ToString())),
        (2, Gen.Char[(char)0, (char)0x1F].Select(c => c.ToString())),
        (1, Gen.Char[(char)0x7F, (char)0x9F].Select(c => c.ToString())),
        (1, Gen.OneOf("\uFFFE", "\uFFFF", "\uFFFD")),
        (1, Gen.Char[(char)0xD800, (char)0xDFFF].Select(c => c.ToString())),
        (1, Gen.OneOf("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F")),
        (1, Gen.OneOf("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD")),
        (1, Gen.Char[(char)0x0300, (char)0x036F].Select(c => c.ToString())),
        (1, Gen.OneOf("\n", "\r\n", "\t", "\u2028", "\u2029", "\u00A0", "\u3000")),
        (2, Gen.Char[(char)0x20, (char)0xFFFF].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (1, Gen.OneOf("مؤتمر الأطراف", "Конференция", "缔约方大会", "Conférence", "e\u0301")));

    /// <summary>Text any field could take: letters, other scripts, combining marks, astral characters, spaces.</summary>
    private static readonly Gen<string> CleanPiece = Gen.Frequency(
        (8, Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-()/"].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x1FAFF].Select(char.ConvertFromUtf32)),
        (1, Gen.OneOf("مؤتمر الأطراف", "Конференция", "缔约方大会", "Conférence", "e\u0301", "\u00A0")));

    /// <summary>Half the time text built from every class above, half the time clean text, so that both answers are exercised.</summary>
    public static Gen<string> Text(int maxPieces) => Gen.Frequency(
        (1, Piece.Array[0, maxPieces].Select(pieces => string.Concat(pieces))),
        (1, CleanPiece.Array[1, maxPieces].Select(pieces => string.Concat(pieces))));

    /// <summary>
    /// <paramref name="count"/> cases drawn from one fixed seed, the same on every run: CsCheck's
    /// own sampling fixes only the first case's seed.
    /// </summary>
    public static IReadOnlyList<T> Cases<T>(Gen<T> gen, int count, ulong seed)
    {
        var pcg = new PCG(1, seed);
        return Enumerable.Range(0, count).Select(_ => gen.Generate(pcg, null, out Size _)).ToList();
    }

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
