namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// One "verb + addressees" clause of a paragraph: <c>Requests the Secretariat, should …, to</c>,
/// <c>and invites Parties and other stakeholders to</c>.
/// </summary>
/// <param name="Start">Where the verb starts.</param>
/// <param name="ObjectEnd">Where the addressees end: at the infinitive, or at the colon that opens a list.</param>
/// <param name="IntroducesList">True when the addressees end in a colon (<c>Requests the Secretariat:</c>).</param>
/// <param name="SharesInfinitive">True when the next verb's infinitive says what to do (<c>Requests the Secretariat and invites Parties to …</c>).</param>
internal sealed record AddressedClause(
    string Verb, IReadOnlyList<string> Addressees, int Start, int ObjectEnd, bool IntroducesList, bool SharesInfinitive)
{
    public bool IsRequest => Parsing.Addressees.RequestVerb().IsMatch(Verb);

    public string? Secretariat => Addressees.FirstOrDefault(Parsing.Addressees.IsSecretariat);
}

/// <summary>
/// Who a paragraph speaks to. The addressees run from an addressing verb (<c>requests</c>,
/// <c>invites</c>, <c>calls upon</c>, <c>encourages</c>, <c>urges</c>…) to the infinitive that says
/// what they are to do. Phrases set off by commas (<c>should the coalition be established</c>,
/// <c>in cooperation with UNEP and the FAO</c>) name no addressee, nor do qualifiers such as
/// <c>that have not yet done so</c> or <c>in a position to do so</c>.
/// </summary>
internal static partial class Addressees
{
    public static IReadOnlyList<AddressedClause> Clauses(string text)
    {
        var verbs = AddressingVerb().Matches(text)
            .Where(verb => verb.Value.StartsWith("to", StringComparison.OrdinalIgnoreCase) || StandsAsVerb(text[..verb.Index]))
            .Where(verb => !NounUse().IsMatch(text[(verb.Index + verb.Length)..])) // "requests from Parties", "requests for assistance"
            .ToList();

        var clauses = new List<AddressedClause>(verbs.Count);
        for (var i = 0; i < verbs.Count; i++)
        {
            var verb = verbs[i];
            var objectStart = verb.Index + verb.Length;
            var rest = text[objectStart..];
            var (end, introducesList) = ObjectEnd(rest);

            // "Requests the Secretariat and invites Parties to share information": one infinitive for two verbs.
            var nextVerb = i + 1 < verbs.Count ? verbs[i + 1].Index - objectStart : int.MaxValue;
            var sharesInfinitive = nextVerb < end;
            end = Math.Min(end, nextVerb);

            var addressees = Read(rest[..end]).Select(name => name == "it" ? Antecedent(text[..verb.Index]) ?? name : name).ToList();
            clauses.Add(new AddressedClause(Capitalise(verb.Value), addressees, verb.Index, objectStart + end, introducesList && !sharesInfinitive, sharesInfinitive));
        }

        return clauses;
    }

    /// <summary>The addressees a sub-paragraph opens with (<c>(b) The Secretariat to …</c>), if any.</summary>
    public static IReadOnlyList<string> Leading(string text)
    {
        var (end, _) = ObjectEnd(text);
        return end == 0 || end == text.Length ? [] : Read(text[..end]);
    }

    public static bool IsSecretariat(string addressee) => Secretariat().IsMatch(addressee);

    // "Welcomes the work of the Secretariat and requests it to …": "it" is the Secretariat named before.
    private static string? Antecedent(string before) =>
        SecretariatMention().Matches(before).LastOrDefault()?.Value;

    private static (int End, bool IntroducesList) ObjectEnd(string rest)
    {
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var infinitive = Infinitive().Match(rest);
        var semicolon = rest.IndexOf(';', StringComparison.Ordinal);
        var end = new[] { colon, infinitive.Success ? infinitive.Index : -1, semicolon, rest.Length }.Where(i => i >= 0).Min();
        return (end, end == colon && colon >= 0);
    }

    private static List<string> Read(string region)
    {
        var addressees = new List<string>();
        var inParenthetical = false;
        var from = 0;
        var joinedByComma = true;
        foreach (var boundary in ChunkBoundary().Matches(region).Append(Match.Empty))
        {
            var to = boundary.Success ? boundary.Index : region.Length;
            var chunk = region[from..to].Trim().Trim(',').Trim();
            var chunkJoinedByComma = joinedByComma;
            joinedByComma = boundary.Value.Contains(',', StringComparison.Ordinal);
            from = boundary.Success ? boundary.Index + boundary.Length : region.Length;

            // "Requests, in cooperation with UNEP and the FAO, the Secretariat to …": a phrase opening
            // with a preposition runs on past "and" until the next comma.
            if (Parenthetical().IsMatch(chunk))
            {
                inParenthetical = true;
                continue;
            }

            if (inParenthetical && !chunkJoinedByComma || chunk.Length == 0)
            {
                continue;
            }

            inParenthetical = false;
            var name = Qualifier().Replace(chunk, "").Trim().TrimEnd(',');
            name = TrailingJoiner().Replace(AllParties().Replace(name, "Parties"), "");
            name = name.StartsWith("The ", StringComparison.Ordinal) ? "t" + name[1..] : name;
            if (name.Length > 0)
            {
                addressees.Add(name);
            }
        }

        return addressees;
    }

    // The verb stands as the paragraph's verb or after "and", a comma or a semicolon, not as a noun ("the requests").
    private static bool StandsAsVerb(string before)
    {
        var trimmed = before.TrimEnd().TrimEnd('*', '_');
        return trimmed.Length == 0 || trimmed[^1] is ',' or ';' or ':' || trimmed.EndsWith(" and", StringComparison.Ordinal)
            || trimmed.EndsWith(" or", StringComparison.Ordinal) || trimmed.EndsWith(" but", StringComparison.Ordinal);
    }

    // "and requests" reads "Requests"; "Decides to request" reads "Requests" too.
    private static string Capitalise(string verb)
    {
        var collapsed = string.Join(' ', verb.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.StartsWith("to ", StringComparison.OrdinalIgnoreCase)
            ? "Requests"
            : char.ToUpperInvariant(collapsed[0]) + collapsed[1..];
    }

    private const string AddresseeStart =
        @"(?:the|all|other|others|relevant|Parties|non-Parties|Governments|States|observers|stakeholders|signatories|donors|those|its|their" +
        @"|intergovernmental|non-governmental|international|civil|industry|academia|members|private|[A-Z]{2,})\b";

    private const string ParentheticalStart =
        @"(?:should|subject|in|within|as|upon|where|if|when|pending|with|through|taking|bearing|including|inter|among|on|for|from|by|at|after" +
        @"|before|during|while|together|jointly|pursuant|consistent|building|based|under|without|according|via|once|particularly|especially" +
        @"|notably|given|provided|to|and|or)\b";

    [GeneratedRegex(
        @"(?<![\w-])(?:(?:also|further|again|once\s+again|[a-z]+ly)\s+)*(?:requests|invites|calls\s+upon|calls\s+on|encourages|urges|instructs|directs" +
        @"|appeals\s+to|asks|mandates|entrusts|authori[sz]es|requires|reminds)(?:\s+(?:also|further|again))?(?=[\s:,*_])|(?<![\w-])to\s+request(?=\s)",
        RegexOptions.IgnoreCase)]
    private static partial Regex AddressingVerb();

    [GeneratedRegex(@"\b(?:requests?|instructs|directs|asks|mandates|entrusts|requires)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RequestVerb();

    [GeneratedRegex(@"^\s*(?:for|from|of|by|received|made|submitted|that|on|in|to|and|or|as|under|with|pursuant|which|were|are|is|was|have|has)\b")]
    private static partial Regex NounUse();

    [GeneratedRegex(
        @"(?<!(?:position|capacity|ability|means)\s)\b(?i:to)\s+(?!(?:the|a|an|its|their|his|her|this|these|those|that|all|each|any|other|such|both|relevant|date|which|whom|it|them|him|us|what|whether)\b)[a-z]")]
    private static partial Regex Infinitive();

    [GeneratedRegex(@"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?=" + AddresseeStart + "|" + ParentheticalStart + ")")]
    private static partial Regex ChunkBoundary();

    [GeneratedRegex("^" + ParentheticalStart)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(
        @"\s+(?:that|which|who|whose|where|wishing|willing|in\s+a\s+position|with\s+the\s+(?:capacity|ability|means|support|assistance)" +
        @"|in\s+(?:collaboration|cooperation|consultation|coordination|partnership|conjunction|close)|together|jointly|through|as\s+appropriate)\b.*$")]
    private static partial Regex Qualifier();

    // "Requests the Secretariat to: (a) …" leaves "to" at the end of the addressees.
    [GeneratedRegex(@"\s+(?:and|or|to)$")]
    private static partial Regex TrailingJoiner();

    [GeneratedRegex(@"^all\s+Parties\b")]
    private static partial Regex AllParties();

    [GeneratedRegex(@"\bthe\s+(?:Secretariat|Executive\s+Secretary)\b(?!\s+of\s+the\s+(?!Basel|Rotterdam|Stockholm))")]
    private static partial Regex SecretariatMention();

    [GeneratedRegex(
        @"^(?:the\s+)?(?:joint\s+)?(?:Secretariat|Executive\s+Secretary)s?(?:\s+of\s+the\s+(?:Basel|Rotterdam|Stockholm|three)\b.*)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Secretariat();
}
