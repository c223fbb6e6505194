using System.Globalization;
using Platform.ServiceDefaults.Text;

namespace Platform.ServiceDefaults.Validation;

/// <summary>
/// Collects every problem with a request before answering, so that a 400 names each bad field at
/// once rather than one per attempt. Field names are the JSON (camelCase) names the client sent.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    /// <summary>A required field must hold at least one visible character: white space, zero-width characters or a byte-order mark alone do not count.</summary>
    public void Required(string field, string? value)
    {
        if (!PlatformText.HasVisibleCharacter(value))
        {
            Add(field, $"'{field}' is required.");
        }
    }

    /// <summary>
    /// A one-line text (a title, a name, an id): the platform's text rule
    /// (<see cref="PlatformText"/>), no line breaks or bidirectional controls, at most
    /// <paramref name="maxLength"/> characters. Returns it trimmed and in normalisation form C;
    /// null when absent or wrong.
    /// </summary>
    public string? SingleLine(string field, string? value, int maxLength, bool required = false) =>
        CheckText(field, value, maxLength, required, singleLine: true);

    /// <summary>A text that may run over several lines (a description, a comment): as <see cref="SingleLine"/> but line breaks and bidirectional controls are allowed.</summary>
    public string? MultiLine(string field, string? value, int maxLength, bool required = false) =>
        CheckText(field, value, maxLength, required, singleLine: false);

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"'{field}' must be at most {maxLength} characters.");
        }
    }

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>) sent as text; null, with an error when required or malformed, otherwise.</summary>
    /// <summary>
    /// A required period <c>from</c>..<c>to</c> of ISO dates, <c>to</c> not before <c>from</c>; null
    /// when it is not one, with each bad field named.
    /// </summary>
    public (DateOnly From, DateOnly To)? Period(string? from, string? to)
    {
        var fromDate = IsoDate("from", from, required: true);
        var toDate = IsoDate("to", to, required: true);
        if (fromDate is null || toDate is null)
        {
            return null;
        }

        if (toDate < fromDate)
        {
            Add("to", "'to' must not be before 'from'.");
            return null;
        }

        return (fromDate.Value, toDate.Value);
    }

    public DateOnly? IsoDate(string field, string? text, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, $"'{field}' is required as an ISO date (yyyy-MM-dd).");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, $"'{text}' is not an ISO date (yyyy-MM-dd).");
        return null;
    }

    private string? CheckText(string field, string? value, int maxLength, bool required, bool singleLine)
    {
        if (!PlatformText.HasVisibleCharacter(value))
        {
            if (required)
            {
                Add(field, $"'{field}' is required.");
            }

            return null;
        }

        var fault = PlatformText.FindDisallowed(value!) ?? (singleLine ? PlatformText.FindSingleLineFault(value!) : null);
        if (fault is not null)
        {
            Add(field, $"'{field}' holds {fault.Description} at position {fault.Index + 1}; remove it.");
            return null;
        }

        var text = PlatformText.Normalize(value!).Trim();
        if (text.Length > maxLength)
        {
            Add(field, $"'{field}' must be at most {maxLength} characters.");
            return null;
        }

        return text;
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
