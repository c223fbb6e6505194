using System.Text.RegularExpressions;

namespace Reporting.Reports.Documents.Prose;

/// <summary>
/// What a mandate asks, read from its text as the decision gives it: the request to quote
/// ("to continue to cooperate with …") and the action it names ("cooperate with …"), from which
/// a section's subject is made. Nothing is added that the text does not say.
/// </summary>
internal static partial class MandateRequest
{
    private const int SubjectWords = 14;

    /// <summary>
    /// The request from its infinitive on, without the closing punctuation:
    /// "Requests the Executive Secretary to cooperate with …;" quotes as "to cooperate with …".
    /// </summary>
    public static string Quote(string text)
    {
        var request = text.Trim().TrimEnd(';', '.', ',', ':').TrimEnd();
        if (LeadingInfinitive().IsMatch(request))
        {
            return char.ToLowerInvariant(request[0]) + request[1..];
        }

        var addressee = Addressee().Match(request);
        if (addressee.Success)
        {
            var infinitive = Infinitive().Match(request, addressee.Index + addressee.Length);
            if (infinitive.Success)
            {
                return request[infinitive.Index..];
            }
        }

        return request;
    }

    /// <summary>The action without "to", "continue to" or adverbs: "cooperate with the United Nations Environment Programme, …".</summary>
    public static string Action(string text)
    {
        var action = Quote(text);
        action = LeadingInfinitive().Replace(action, "");
        while (true)
        {
            var shorter = Continue().Replace(Adverbs().Replace(action, ""), "");
            if (shorter == action)
            {
                return action;
            }

            action = shorter;
        }
    }

    /// <summary>
    /// The action up to the end of its first clause, at most <see cref="SubjectWords"/> words,
    /// for a section's subject; <paramref name="withPartner"/> starts it at the first "with", the
    /// partner a cooperation mandate names. Empty when there is none.
    /// </summary>
    public static (string Verb, string Remainder) SubjectParts(string text, bool withPartner)
    {
        var action = Action(text);
        if (withPartner)
        {
            var with = With().Match(action);
            return with.Success ? ("", FirstClause(action[with.Index..])) : ("", "");
        }

        var space = action.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (action, "") : (action[..space], FirstClause(action[(space + 1)..]));
    }

    private static string FirstClause(string text)
    {
        var end = ClauseEnd().Match(text);
        var clause = (end.Success ? text[..end.Index] : text).Trim();
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= SubjectWords ? clause : string.Join(' ', words[..SubjectWords]) + "\u2026";
    }

    [GeneratedRegex(@"^to\s+(?=\p{Ll})", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingInfinitive();

    [GeneratedRegex(@"\bthe\s+(?:Executive\s+Secretary|Secretariat|secretariats?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Addressee();

    [GeneratedRegex(@"\bto\s+(?=\p{Ll})")]
    private static partial Regex Infinitive();

    // "continue to", "continue, subject to the availability of resources, to", "continue its efforts to".
    [GeneratedRegex(@"^continu\w*(?:\s+(?:its|their)\s+efforts)?(?:\s*,[^,]*,)?\s+to\s+(?=\p{Ll})", RegexOptions.IgnoreCase)]
    private static partial Regex Continue();

    [GeneratedRegex(@"^(?:(?:further|also|closely|actively|fully|effectively|urgently|duly|jointly|again)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Adverbs();

    [GeneratedRegex(@"\bwith\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex With();

    [GeneratedRegex(@"[,;:(]|\s(?:in|pending|within|including|upon|through|so\s+as|in\s+order)\s")]
    private static partial Regex ClauseEnd();
}
