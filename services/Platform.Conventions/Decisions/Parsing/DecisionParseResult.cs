namespace Platform.Conventions.Decisions.Parsing;

/// <summary>Either a decision or the reason the text could not be read, never both.</summary>
public sealed record DecisionParseResult(ParsedDecision? Decision, DecisionParseError? Error)
{
    internal static DecisionParseResult Read(ParsedDecision decision) => new(decision, null);

    internal static DecisionParseResult Failed(DecisionParseError error) => new(null, error);
}

/// <summary>What the parser could not read, with the line it stopped at when there is one.</summary>
public sealed record DecisionParseError(string Message, int? LineNumber, string? Line);
