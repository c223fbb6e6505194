namespace WebApp.Components.Pages.Activities;

/// <summary>
/// What an activity may refer to in one convention: the partner ids its service accepts (its
/// replica of the directory) and the mandates of its imported decisions. Both are asked at
/// once; either may be missing (its service down), and the page says so and goes on.
/// </summary>
public sealed class ActivityChoices
{
    /// <summary>The largest page the APIs give: the directory and a convention's mandates are well below it.</summary>
    private const int All = 200;

    private Dictionary<string, KnownPartner> _partnersById = [];

    public ApiResult<ListPage<KnownPartner>>? Partners { get; private set; }

    public ApiResult<ListPage<MandateChoice>>? Mandates { get; private set; }

    public IReadOnlyList<KnownPartner> PartnerList => Partners?.Value?.Items ?? [];

    public IReadOnlyList<MandateChoice> MandateList => Mandates?.Value?.Items ?? [];

    public static async Task<ActivityChoices> LoadAsync(GatewayApi gateway, Convention convention, bool partners = true, bool mandates = true)
    {
        var partnerList = partners ? gateway.GetAsync<ListPage<KnownPartner>>(convention.Api($"/partners?pageSize={All}")) : null;
        var mandateList = mandates ? gateway.GetAsync<ListPage<MandateChoice>>(convention.Api($"/mandates?pageSize={All}")) : null;
        var choices = new ActivityChoices
        {
            Partners = partnerList is null ? null : await partnerList,
            Mandates = mandateList is null ? null : await mandateList,
        };
        choices._partnersById = choices.PartnerList.ToDictionary(partner => partner.Id, StringComparer.Ordinal);
        return choices;
    }

    /// <summary>A partner's name for a page, or its id when the replica does not hold it (or did not answer).</summary>
    public string PartnerName(string id) => _partnersById.TryGetValue(id, out var partner) ? partner.Label : id;

    /// <summary>The partners to offer, with any the activity already names that the list no longer holds (retired since).</summary>
    public IEnumerable<(string Id, string Label)> PartnerOptions(IEnumerable<string> chosen) =>
        PartnerList.OrderBy(partner => partner.Name, StringComparer.CurrentCulture).Select(partner => (partner.Id, partner.Label))
            .Concat(chosen.Where(id => !_partnersById.ContainsKey(id)).Select(id => (id, id)));

    /// <summary>The mandates to offer, with any the activity already names that the list does not hold.</summary>
    public IEnumerable<(string Reference, string Text)> MandateOptions(IEnumerable<string> chosen) =>
        MandateList.Select(mandate => (mandate.Reference, Describe(mandate)))
            .Concat(chosen.Where(reference => MandateList.All(mandate => mandate.Reference != reference)).Select(reference => (reference, "")));

    private static string Describe(MandateChoice mandate) =>
        mandate.SupersededBy is { } by ? $"{mandate.ShortText} (superseded by {by})" : mandate.ShortText;
}
