namespace Reporting.Reports.Documents;

/// <summary>
/// The joint document's three symbols, one per COP, as the cover block and page header show
/// them: the compiled symbol's placeholders (<c>UNEP/CHW.15/INF/x</c>) replaced by the INF numbers
/// assigned so far.
/// </summary>
public static class DocumentSymbols
{
    private const string Inf = "/INF/";

    public static IReadOnlyList<string> For(string jointSymbol, DocumentNumbers? numbers)
    {
        var parts = jointSymbol.Split('\u2013', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int?[] assigned = [numbers?.Basel, numbers?.Rotterdam, numbers?.Stockholm];
        return [.. parts.Select((part, i) =>
            i < assigned.Length && assigned[i] is { } number && part.LastIndexOf(Inf, StringComparison.Ordinal) is var at and >= 0
                ? part[..(at + Inf.Length)] + number.ToString(CultureInfo.InvariantCulture)
                : part)];
    }

    /// <summary>The provisional agenda of each meeting: <c>UNEP/CHW.15/1</c> for the document <c>UNEP/CHW.15/INF/…</c>.</summary>
    public static IReadOnlyList<string> ProvisionalAgendas(string jointSymbol) =>
        [.. jointSymbol.Split('\u2013', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.LastIndexOf(Inf, StringComparison.Ordinal) is var at and >= 0 ? part[..at] + "/1" : part)];
}
