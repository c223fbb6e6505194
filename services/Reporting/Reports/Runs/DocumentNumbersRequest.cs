using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Documents;

namespace Reporting.Reports.Runs;

/// <summary>
/// The INF numbers of the joint document: <c>{"basel": 36, "rotterdam": 29, "stockholm": 38}</c>. A
/// number left out or null is not assigned yet; the document is a draft until all three are.
/// </summary>
public sealed record DocumentNumbersRequest(int? Basel, int? Rotterdam, int? Stockholm)
{
    public DocumentNumbers? Validate(ValidationErrors errors, string prefix = "")
    {
        var valid = true;
        foreach (var (name, number) in new[] { ("basel", Basel), ("rotterdam", Rotterdam), ("stockholm", Stockholm) })
        {
            if (number is < 1 or > DocumentNumbers.Max)
            {
                errors.Add(prefix + name, $"'{prefix}{name}' must be the document's INF number, 1 to {DocumentNumbers.Max}, or null while it is not assigned.");
                valid = false;
            }
        }

        return valid ? new DocumentNumbers(Basel, Rotterdam, Stockholm) : null;
    }
}
