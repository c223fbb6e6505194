using Platform.Conventions.Decisions.Parsing;
using Platform.ServiceDefaults.Text;

namespace Platform.Conventions.Decisions;

/// <summary>The 400 answers of a decision import: what could not be read, and where.</summary>
internal static class DecisionImportErrors
{
    public static ValidationProblem Unreadable(DecisionParseError error)
    {
        var errors = new ValidationErrors();
        var field = error.Message.Contains("symbol", StringComparison.OrdinalIgnoreCase) && error.LineNumber is null ? "symbol" : "text";
        errors.Add(field, error.LineNumber is { } line ? $"{error.Message} (line {line}: \"{Shorten(error.Line)}\")" : error.Message);
        return TypedResults.ValidationProblem(
            errors.ToDictionary(),
            title: "The decision text could not be read.",
            extensions: new Dictionary<string, object?> { ["line"] = error.LineNumber, ["lineText"] = error.Line });
    }

    /// <summary>
    /// A text holding a character the platform's text rule refuses (a control character, an
    /// unpaired surrogate): 400 naming the line and column, before the parser or the store sees it.
    /// </summary>
    public static ValidationProblem? CheckCharacters(string text)
    {
        if (PlatformText.FindDisallowed(text) is not { } fault)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(fault.Index - 1, 0)) + 1;
        var lineNumber = 1 + text.AsSpan(0, lineStart).Count('\n');
        var errors = new ValidationErrors();
        errors.Add("text", $"Line {lineNumber} holds {fault.Description} at column {fault.Index - lineStart + 1}; remove it.");
        return TypedResults.ValidationProblem(
            errors.ToDictionary(),
            title: "The decision text holds a character the platform does not accept.",
            extensions: new Dictionary<string, object?> { ["line"] = lineNumber });
    }

    /// <summary>Titles longer than the store keeps: from the heading, or from <c>?title=</c>.</summary>
    public static ValidationProblem? CheckTitle(ParsedDecision decision)
    {
        if (decision.Title is not { Length: > Decision.TitleMaxLength })
        {
            return null;
        }

        var errors = new ValidationErrors();
        errors.Add("title", $"'title' must be at most {Decision.TitleMaxLength} characters.");
        return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The decision title is too long.");
    }

    /// <summary>A decision of another convention (an <c>RC-</c> symbol sent to Basel), or a query symbol the heading contradicts.</summary>
    public static ValidationProblem? CheckSymbol(ParsedDecision decision, ConventionProfile profile, string? symbolHint)
    {
        var errors = new ValidationErrors();
        var prefix = decision.Symbol.Prefix;
        if (prefix is not null && !string.Equals(prefix, profile.DecisionSymbolPrefix, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("symbol", $"{decision.Symbol.Value} is not a {profile.DisplayName} decision: its symbols start with {profile.DecisionSymbolPrefix}-.");
        }
        else if (prefix is null && !profile.AcceptsUnprefixedSymbols)
        {
            errors.Add("symbol", $"{decision.Symbol.Value} carries no {profile.DecisionSymbolPrefix}- prefix; {profile.DisplayName} decisions do.");
        }

        if (symbolHint is not null)
        {
            if (!DecisionSymbol.TryParse(symbolHint, out var hinted))
            {
                errors.Add("symbol", $"'{symbolHint}' is not a decision symbol such as {profile.DecisionSymbolPrefix}-14/21.");
            }
            else if (hinted!.Value != decision.Symbol.Value)
            {
                errors.Add("symbol", $"The query names {hinted.Value} but the text is headed {decision.Symbol.Value}.");
            }
        }

        return errors.IsEmpty ? null : TypedResults.ValidationProblem(errors.ToDictionary(), title: "The decision symbol does not fit.");
    }

    private static string Shorten(string? line) => line is null ? "" : line.Length <= 120 ? line : line[..117] + "...";
}
