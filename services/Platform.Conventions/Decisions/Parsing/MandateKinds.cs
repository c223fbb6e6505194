namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// A short name for what a mandate asks, read from the verb inside the request: "to cooperate
/// with" is cooperate, "to continue to make available" is make available, "to continue its
/// efforts" is take steps. "Continue" itself says nothing, so the verb after it decides.
/// </summary>
internal static partial class MandateKinds
{
    public const string Other = "other";

    public static string Of(string request)
    {
        var action = Action(request);
        if (action is null)
        {
            return Other;
        }

        foreach (var (pattern, kind) in Rules)
        {
            if (pattern.IsMatch(action))
            {
                return kind;
            }
        }

        return Other;
    }

    /// <summary>The request from its first real verb on: "make available to …" out of "To continue to make available to …".</summary>
    private static string? Action(string request)
    {
        // Without an infinitive the request names the action directly: "(a) Prepare …" after "Requests the Secretariat to:".
        var infinitive = Infinitive().Match(request);
        var from = infinitive.Success ? infinitive.Index + infinitive.Length : 0;
        var action = Adverbs().Replace(request[from..].TrimStart(' ', ',', ':'), "");
        if (action.Length == 0)
        {
            return null;
        }

        if (!action.StartsWith("continu", StringComparison.OrdinalIgnoreCase) || ContinuedEfforts().IsMatch(action))
        {
            return action;
        }

        var after = action[(action.IndexOf(' ') is var space and > 0 ? space : action.Length)..];
        return Infinitive().IsMatch(after) ? Action(after) : after.TrimStart(' ', ',');
    }

    // Stems, so that gerunds read like infinitives ("To continue facilitating …").
    private static readonly (Regex Pattern, string Kind)[] Rules =
    [
        (Rule(@"mak(?:e|ing)\b[^;]{0,80}?\bavailable|disseminat|publish|post(?:ing)?\b|shar(?:e|ing)\b|circulat" +
              @"|provid(?:e|ing)\b[^;]{0,40}?\b(?:information|data)\b"), "make available"),
        (Rule(@"report|(?:submit|present|prepar|compil)\w*\b[^;]{0,60}?\breport"), "report"),
        (Rule(@"(?:increas|intensif|redoubl|step\w*\s+up|continu)\w*\s+(?:(?:its|their|the)\s+)?efforts"), "take steps"),
        (Rule(@"cooperat|collaborat|coordinat|liais|partner\b|(?:work|engag)\w*\b[^;]{0,30}?\bwith\b" +
              @"|(?:enhanc|strengthen|promot|foster|pursu|deepen|intensif|further|seek)\w*\b[^;]{0,30}?\b(?:cooperation|coordination|collaboration|synerg|partnership)"), "cooperate"),
        (Rule(@"assist|support|help|facilitat|(?:provid|deliver|conduct|carr(?:y|ying)\s+out|undertak|organi[sz])\w*\b[^;]{0,40}?\b(?:assistance|support|capacity|training|guidance)"), "assist"),
        (Rule(@"participat|attend|tak(?:e|ing)\s+part|represent|contribut\w*\s+to\s+the\s+work"), "participate"),
        (Rule(@"tak(?:e|ing)\b[^;]{0,40}?\b(?:steps|measures|action|actions)\b|undertak|carr(?:y|ying)\s+out|conduct|deliver|implement|pursu|ensur|endeavou?r" +
              @"|mak(?:e|ing)\s+(?:every\s+)?efforts?"), "take steps"),
        (Rule(@"prepar|develop|draft|updat|revis|finali[sz]|elaborat|produc|compil"), "prepare"),
        (Rule(@"organi[sz]|conven|hold"), "organize"),
        (Rule(@"review|assess|evaluat|analy[sz]|examin|stud|monitor|consider|explor|identif"), "review"),
        (Rule(@"transmit|forward|communicat|notif|inform\b|informing"), "transmit"),
        (Rule(@"collect|gather"), "collect"),
        (Rule(@"mobili[sz]|rais(?:e|ing)\s+(?:funds|resources)|seek\w*\s+(?:funding|resources)"), "mobilize resources"),
        (Rule(@"rais(?:e|ing)\s+awareness|promot|publici[sz]"), "raise awareness"),
        (Rule(@"maintain|keep|operat|manag|administer|host"), "maintain"),
    ];

    private static Regex Rule(string opening) => new("^(?:" + opening + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<!position\s)\b(?i:to)\s+(?!(?:the|a|an|its|their|this|these|those|that|all|each|any|other|such|both|relevant|date|which|it|them)\b)(?=[a-z])")]
    private static partial Regex Infinitive();

    [GeneratedRegex(@"^(?:(?:further|also|closely|actively|fully|effectively|urgently|duly|jointly|again)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Adverbs();

    [GeneratedRegex(@"^continu\w*\s+(?:(?:its|their|the|his|her)\s+)?(?:(?!to\b)[a-z]+\s+)?(?:efforts|work|activities)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuedEfforts();
}
