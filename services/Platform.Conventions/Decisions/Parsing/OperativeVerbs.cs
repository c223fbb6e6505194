namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// The words that open paragraphs. Operative paragraphs open with a verb in the third person
/// (<c>Requests</c>, <c>Also requests</c>, <c>Takes note</c>); preambular ones with a participle or
/// an adjective (<c>Recalling</c>, <c>Mindful of</c>), which is how the two are told apart when
/// neither is numbered.
/// </summary>
internal static partial class OperativeVerbs
{
    /// <summary>
    /// The verb phrase that opens an operative paragraph: the emphasised phrase when there is one,
    /// else a known verb with its modifiers, else (unless <paramref name="knownVerbsOnly"/>) any
    /// capitalised word in the third person.
    /// </summary>
    public static string? Opening(string text, bool knownVerbsOnly)
    {
        if (Emphasis.Leading(text) is { } emphasised)
        {
            return IsPreambular(emphasised) ? null : Collapse(emphasised);
        }

        var plain = Emphasis.Strip(text);
        if (KnownVerb().Match(plain) is { Success: true } known)
        {
            return Collapse(known.Value);
        }

        if (knownVerbsOnly)
        {
            return null;
        }

        var word = ThirdPersonWord().Match(plain);
        return word.Success && !NotVerbs.Contains(word.Value) ? word.Value : null;
    }

    public static bool IsPreambular(string text) => Preambular().IsMatch(Emphasis.Strip(text));

    private static string Collapse(string phrase) => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Capitalised plurals that open wrapped lines ("Parties at its next meeting") without being verbs.
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "Parties", "States", "Governments", "Conventions", "Members", "Nations", "Programmes", "Affairs",
        "Organizations", "Organisations", "Centres", "Centers", "Chemicals", "Pesticides", "Wastes", "Pollutants",
        "Goals", "Guidelines", "Signatories", "Observers", "Its", "This", "Thus", "As", "Is", "Was", "Has",
    };

    private const string Modifiers =
        @"(?:(?:Also|Further|Furthermore|Moreover|Again|Once\s+again|Once\s+more|Finally|Lastly|Hence|Thus|Therefore|[A-Z][a-z]+ly)\s+(?:(?:also|further|again|once\s+again|[a-z]+ly)\s+)*)?";

    [GeneratedRegex(
        "^" + Modifiers +
        @"(?i:(?:takes\s+(?:note(?:\s+with\s+(?:appreciation|concern|satisfaction|interest))?|into\s+(?:account|consideration))" +
        @"|calls\s+(?:upon|on|for)|looks\s+forward|appeals\s+to" +
        @"|(?:notes|welcomes)(?:\s+with\s+(?:appreciation|concern|satisfaction|interest|regret))?" +
        @"|expresses(?:\s+(?:its|their))?(?:\s+(?:deep|sincere|profound))?(?:\s+(?:appreciation|gratitude|thanks|concern|support|regret))?" +
        @"|acknowledges|adopts|affirms|agrees|amends|appoints|appreciates|approves|asks|assigns|authori[sz]es|clarifies|commends" +
        @"|concludes|confirms|congratulates|considers|decides|declares|defers|designates|determines|directs|elects|emphasi[sz]es" +
        @"|encourages|endorses|entrusts|establishes|extends|highlights|instructs|invites|joins|mandates|nominates|notes|reaffirms" +
        @"|recalls|recogni[sz]es|recommends|reconfirms|refers|regrets|reiterates|reminds|renews|requests|requires|resolves" +
        @"|re-?elects|re-?establishes|selects|stresses|supports|thanks|underlines|underscores|undertakes|updates|urges|welcomes" +
        @"|accepts|allocates|continues|proposes|sets|suggests|wishes|acknowledges|takes))" +
        @"(?:\s+(?:also|further|again))?(?=[\s,:;]|$)")]
    private static partial Regex KnownVerb();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:s|es)(?=[\s,:;]|$)")]
    private static partial Regex ThirdPersonWord();

    [GeneratedRegex(
        "^(?=[A-Z])" + Modifiers +
        @"(?i:(?!during\b)[a-z]+ing|mindful|aware|conscious|concerned|convinced|cognizant|cognisant|determined|alarmed" +
        @"|committed|desirous|appreciative|pleased|encouraged|satisfied|resolved|guided|in\s+view\s+of|in\s+the\s+light\s+of)\b")]
    private static partial Regex Preambular();
}
