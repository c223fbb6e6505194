using System.Text.Json;
using Platform.Contracts.Activities;
using Platform.Contracts.AssistanceRequests;
using Platform.Contracts.Decisions;
using Platform.Contracts.Partners;

namespace Platform.Contracts.Contributions;

/// <summary>
/// Which snapshot each contribution kind carries as its <see cref="ContributionItem.State"/>, and
/// the one way to put it there and take it out, so that a source cannot serve anything but the
/// event snapshot and a reader decodes it as that type.
/// </summary>
public static class ContributionSnapshots
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        [ContributionKinds.Activity] = typeof(ActivitySnapshot),
        [ContributionKinds.AssistanceRequest] = typeof(AssistanceRequestSnapshot),
        [ContributionKinds.Decision] = typeof(DecisionImported),
        [ContributionKinds.Partner] = typeof(PartnerSnapshot),
        [ContributionKinds.Membership] = typeof(MembershipSnapshot),
        [ContributionKinds.Coalition] = typeof(CoalitionSnapshot),
        [ContributionKinds.Engagement] = typeof(EngagementSnapshot),
        [ContributionKinds.Transmission] = typeof(TransmissionSnapshot),
    };

    /// <summary>The snapshot type of <paramref name="kind"/>, or null for a kind this contract does not know.</summary>
    public static Type? TypeOf(string kind) => Types.GetValueOrDefault(kind);

    /// <summary>An item whose state is <paramref name="snapshot"/>; refuses a snapshot of another type than its kind carries.</summary>
    public static ContributionItem Item<TSnapshot>(string source, string kind, string id, int version, TSnapshot snapshot)
        where TSnapshot : class
    {
        if (TypeOf(kind) != typeof(TSnapshot))
        {
            throw new ArgumentException($"A {kind} item carries a {TypeOf(kind)?.Name ?? "no"} snapshot, not a {typeof(TSnapshot).Name}.", nameof(snapshot));
        }

        return new ContributionItem
        {
            Source = source,
            Kind = kind,
            Id = id,
            Version = version,
            State = JsonSerializer.SerializeToElement(snapshot, JsonSerializerOptions.Web),
        };
    }

    /// <summary>
    /// The item's state as the snapshot its kind carries (an <see cref="ActivitySnapshot"/> for an
    /// activity, a <see cref="DecisionImported"/> for a decision, ...). Web defaults unless
    /// <paramref name="options"/> says otherwise (a test refusing unknown members, for one).
    /// </summary>
    /// <exception cref="JsonException">The kind is unknown, or the state is not that snapshot.</exception>
    public static object Decode(ContributionItem item, JsonSerializerOptions? options = null)
    {
        var type = TypeOf(item.Kind) ?? throw new JsonException($"'{item.Kind}' is no contribution kind.");
        return item.State.Deserialize(type, options ?? JsonSerializerOptions.Web)
            ?? throw new JsonException($"The {item.Kind} {item.Id} came without a state.");
    }
}
