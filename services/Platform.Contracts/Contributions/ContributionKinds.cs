namespace Platform.Contracts.Contributions;

/// <summary>The kinds of item a contribution manifest lists, by the names it uses on the wire and in routes.</summary>
public static class ContributionKinds
{
    /// <summary>A convention service's activity (<see cref="Activities.ActivitySnapshot"/>).</summary>
    public const string Activity = "activity";

    /// <summary>A Party's request for assistance (<see cref="AssistanceRequests.AssistanceRequestSnapshot"/>).</summary>
    public const string AssistanceRequest = "assistance-request";

    /// <summary>An imported COP decision (<see cref="Decisions.DecisionImported"/>).</summary>
    public const string Decision = "decision";

    /// <summary>An organisation of the partner directory (<see cref="Partners.PartnerSnapshot"/>).</summary>
    public const string Partner = "partner";

    /// <summary>The Secretariat's standing with a body (<see cref="Partners.MembershipSnapshot"/>).</summary>
    public const string Membership = "membership";

    /// <summary>A named group of organisations (<see cref="Partners.CoalitionSnapshot"/>).</summary>
    public const string Coalition = "coalition";

    /// <summary>A meeting, communication, agreement or joint work with partners (<see cref="Partners.EngagementSnapshot"/>).</summary>
    public const string Engagement = "engagement";

    /// <summary>Information made available to a partner (<see cref="Partners.TransmissionSnapshot"/>).</summary>
    public const string Transmission = "transmission";

    /// <summary>An imported decision never changes (the same symbol with another text is refused): it is always at this version.</summary>
    public const int DecisionVersion = 1;

    /// <summary>What a convention service contributes, in the order its manifest lists them.</summary>
    public static IReadOnlyList<string> Convention { get; } = [Decision, Activity, AssistanceRequest];

    /// <summary>What the partner-liaison service contributes, in the order its manifest lists them.</summary>
    public static IReadOnlyList<string> PartnerLiaison { get; } = [Partner, Membership, Coalition, Engagement, Transmission];
}
