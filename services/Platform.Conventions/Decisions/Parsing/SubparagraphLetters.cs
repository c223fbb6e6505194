namespace Platform.Conventions.Decisions.Parsing;

/// <summary>Sub-paragraphs run (a) to (z), then (aa), (bb); items inside them run (i), (ii), (iii).</summary>
internal static class SubparagraphLetters
{
    public static string Next(string? letter)
    {
        if (string.IsNullOrEmpty(letter))
        {
            return "a";
        }

        if (letter == "z")
        {
            return "aa";
        }

        var next = (char)(letter[0] + 1);
        return new string(next, letter.Length);
    }

    public static bool IsRoman(string letter) => letter.Length > 0 && letter.All(c => c is 'i' or 'v' or 'x');
}
