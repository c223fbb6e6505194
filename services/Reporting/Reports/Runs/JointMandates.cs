using System.Text.RegularExpressions;
using Reporting.ReadModel.Decisions;

namespace Reporting.Reports.Runs;

/// <summary>
/// Recognises the same decision adopted by several COPs. Their texts hash differently because
/// each names its own symbol, so decisions are compared by their mandates: same paragraph and
/// sub-paragraph, same text once the decision's own symbol and white space are set aside. Matched
/// decisions make one joint mandate per paragraph with one reference per convention.
/// </summary>
public static partial class JointMandates
{
    private static readonly string[] ConventionOrder = ["basel", "rotterdam", "stockholm"];

    public static IReadOnlyList<JointMandate> Group(IEnumerable<DecisionRecord> decisions)
    {
        var ordered = decisions
            .OrderBy(d => Rank(d.Convention)).ThenBy(d => d.Symbol, StringComparer.Ordinal)
            .ToList();
        var groups = new List<List<DecisionRecord>>();
        foreach (var decision in ordered)
        {
            var fingerprint = Fingerprint(decision);
            var match = groups.FirstOrDefault(group =>
                group.All(member => member.Convention != decision.Convention) && Fingerprint(group[0]) == fingerprint);
            if (match is null)
            {
                groups.Add([decision]);
            }
            else
            {
                match.Add(decision);
            }
        }

        return groups.SelectMany(JointOf).ToList();
    }

    /// <summary>A mandate's text with the decision's own symbol replaced and white space and case evened out.</summary>
    public static string Normalise(string text, string decisionSymbol) =>
        Spaces().Replace(text.Replace(decisionSymbol, "{symbol}", StringComparison.Ordinal), " ").Trim().ToLowerInvariant();

    private static IEnumerable<JointMandate> JointOf(List<DecisionRecord> group) =>
        group[0].Mandates
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Subparagraph, StringComparer.Ordinal)
            .Select(first => new JointMandate(
                first,
                group.Select(decision => decision.Mandates.First(m => SamePlace(m, first)).Reference).ToList(),
                group.Select(decision => decision.Symbol).ToList()));

    private static string Fingerprint(DecisionRecord decision) => string.Join('\n', decision.Mandates
        .OrderBy(m => m.Paragraph).ThenBy(m => m.Subparagraph, StringComparer.Ordinal)
        .Select(m => $"{m.Paragraph}|{m.Subparagraph}|{Normalise(m.Text, decision.Symbol)}"));

    private static bool SamePlace(MandateRecord a, MandateRecord b) => a.Paragraph == b.Paragraph && a.Subparagraph == b.Subparagraph;

    private static int Rank(string convention)
    {
        var index = Array.IndexOf(ConventionOrder, convention);
        return index < 0 ? ConventionOrder.Length : index;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>One mandate, or the same mandate as each COP that adopted the decision gave it.</summary>
public sealed record JointMandate(MandateRecord Mandate, IReadOnlyList<string> References, IReadOnlyList<string> Decisions)
{
    /// <summary>The first reference (Basel's when Basel adopted it) names the whole.</summary>
    public string Key => References[0];
}
