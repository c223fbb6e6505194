using System.Text.RegularExpressions;

namespace PartnerLiaison.Transmissions;

/// <summary>The body of a create (<c>POST</c>) or a correction (<c>PUT</c>, with the version it replaces).</summary>
public sealed partial record TransmissionRequest(
    string? RecipientId,
    string? TransmittedOn,
    string? Title,
    string? Description,
    string? CoversFrom,
    string? CoversTo,
    IReadOnlyList<string?>? Conventions,
    IReadOnlyList<string?>? SdgTargets,
    IReadOnlyList<string?>? Documents,
    IReadOnlyList<string?>? Mandates,
    int? Version)
{
    /// <summary>BC-14/21 6(a) asks for transmissions to UNEP; that is the recipient unless another is named.</summary>
    public const string DefaultRecipient = "unep";

    public TransmissionDetails? Validate(ValidationErrors errors)
    {
        var recipient = string.IsNullOrWhiteSpace(RecipientId) ? DefaultRecipient : RecipientId.Trim();
        PartnerId.Check(errors, "recipientId", recipient);
        var transmittedOn = errors.IsoDate("transmittedOn", TransmittedOn, required: true);
        var title = errors.SingleLine("title", Title, TransmissionDetails.TitleMaxLength, required: true);
        var description = errors.MultiLine("description", Description, TransmissionDetails.DescriptionMaxLength);

        var coversFrom = errors.IsoDate("coversFrom", CoversFrom, required: false);
        var coversTo = errors.IsoDate("coversTo", CoversTo, required: false);
        if (coversFrom is not null && coversTo < coversFrom)
        {
            errors.Add("coversTo", "'coversTo' must not be before 'coversFrom'.");
        }

        var sdgTargets = RequestFields.Texts(errors, "sdgTargets", SdgTargets, maxLength: 10);
        foreach (var target in sdgTargets.Where(t => !SdgTarget().IsMatch(t)))
        {
            errors.Add("sdgTargets", $"'{target}' is not an SDG target such as '12.4' or '12.a'.");
        }

        var conventions = RequestFields.Conventions(errors, "conventions", Conventions);
        var documents = RequestFields.Texts(errors, "documents", Documents, maxLength: 500);
        var mandates = RequestFields.Texts(errors, "mandates", Mandates);
        return errors.IsEmpty
            ? new TransmissionDetails(recipient, transmittedOn!.Value, title!, description ?? "",
                coversFrom, coversTo, conventions, sdgTargets, documents, mandates)
            : null;
    }

    [GeneratedRegex(@"^\d{1,2}\.[0-9a-z]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SdgTarget();
}

public sealed record TransmissionDetails(
    string RecipientId,
    DateOnly TransmittedOn,
    string Title,
    string Description,
    DateOnly? CoversFrom,
    DateOnly? CoversTo,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Mandates)
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 8000;
}
