using System.Reflection;

namespace Platform.DemoData;

/// <summary>
/// The demo platform as data: the 2019 omnibus decision on international cooperation and
/// coordination as the three COPs adopted it, and what the Secretariat recorded under it in
/// 2019–2021. Each record carries its natural key (a symbol, an id, a title), which is how the
/// loader finds it again on a second run.
/// </summary>
public static class DemoSet
{
    public static IReadOnlyList<DemoDecision> Decisions { get; } =
    [
        new("basel", "BC-14/21"),
        new("rotterdam", "RC-9/9"),
        new("stockholm", "SC-9/18"),
    ];

    /// <summary>The decision symbol of a convention, which its mandate references start with.</summary>
    public static string SymbolOf(string convention) => Decisions.Single(d => d.Convention == convention).Symbol;

    /// <summary>
    /// Partners the records name that the partner-liaison service's initial directory lacks (it
    /// holds those the decision names: UNEP, UNSD, IOMC and its participating organisations, SAICM,
    /// the Minamata secretariat and the e-waste coalition's members).
    /// </summary>
    public static IReadOnlyList<DemoOrganisation> Organisations { get; } =
    [
        new("gef", "Global Environment Facility", "GEF", "other", null),
        new("gpml", "Global Partnership on Marine Litter", "GPML", "coalition", null),
        new("emg", "Environment Management Group of the United Nations", "EMG", "other", null),
        new("iaeg-sdgs", "Inter-agency and Expert Group on Sustainable Development Goal Indicators", "IAEG-SDGs", "other", null),
        new("bcrc-caribbean", "Basel Convention Regional Centre for Training and Technology Transfer for the Caribbean", "BCRC-Caribbean", "regional-centre", null),
    ];

    public static IReadOnlyList<DemoActivity> Activities => DemoActivities.All;

    public static IReadOnlyList<DemoAssistanceRequest> AssistanceRequests => DemoAssistance.All;

    public static IReadOnlyList<DemoMembership> Memberships => DemoLiaison.Memberships;

    public static IReadOnlyList<DemoCoalition> Coalitions => DemoLiaison.Coalitions;

    public static IReadOnlyList<DemoEngagement> Engagements => DemoLiaison.Engagements;

    public static IReadOnlyList<DemoTransmission> Transmissions => DemoLiaison.Transmissions;
}

/// <summary>
/// A decision as one COP adopted it: the published BC-14/21 text under this COP's symbol. The
/// decision names all three conventions throughout, so the heading is the only difference.
/// </summary>
public sealed record DemoDecision(string Convention, string Symbol)
{
    private const string PublishedSymbol = "BC-14/21";

    public string Text => PublishedText.Replace(PublishedSymbol, Symbol, StringComparison.Ordinal);

    private static string PublishedText { get; } = ReadResource("Platform.DemoData.BC-14-21.txt");

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record DemoOrganisation(string Id, string Name, string? Acronym, string Kind, string? ParentId);

/// <summary>
/// An activity a convention leads. <see cref="Paragraphs"/> are paragraph references (<c>6(b)</c>)
/// of that convention's decision; <see cref="Invitations"/> make it a joint activity.
/// </summary>
public sealed record DemoActivity(
    string Convention,
    string Title,
    string Description,
    string Type,
    string Status,
    string Start,
    string? End,
    string[] Paragraphs,
    string[] Partners,
    string[] SdgTargets,
    string[] Outputs)
{
    public DemoInvitation[] Invitations { get; init; } = [];
}

/// <summary>
/// A proposal to another convention and how that convention answered: accepted with its own
/// paragraphs, declined with a reason, or (neither) still waiting for its team.
/// </summary>
public sealed record DemoInvitation(string Convention, string Message)
{
    public string[]? AcceptedFor { get; init; }

    public string? DeclinedBecause { get; init; }
}

public sealed record DemoAssistanceRequest(
    string Convention, string Party, string Subject, string Description, string ReceivedOn, string? Paragraph)
{
    public string? ClosedOn { get; init; }

    public string? Outcome { get; init; }
}

/// <summary>A standing with a body, first recorded as <see cref="Status"/>, then moved through <see cref="Changes"/>.</summary>
public sealed record DemoMembership(string PartnerId, string Status, string On, string[] Mandates, string Note)
{
    public DemoStatusChange[] Changes { get; init; } = [];
}

public sealed record DemoStatusChange(string Status, string On, string Note);

public sealed record DemoCoalition(string Id, string[] Members, string? EstablishedOn, string[] Mandates, string Description);

public sealed record DemoEngagement(
    string Kind,
    string Title,
    string Description,
    string? Participation,
    string Start,
    string? End,
    string[] Partners,
    string[] Conventions,
    string[] Mandates)
{
    /// <summary>Titles of activities the engagement belongs to; the loader finds their ids.</summary>
    public string[] ActivityTitles { get; init; } = [];
}

public sealed record DemoTransmission(
    string RecipientId,
    string TransmittedOn,
    string Title,
    string Description,
    string CoversFrom,
    string CoversTo,
    string[] Conventions,
    string[] SdgTargets,
    string[] Documents,
    string[] Mandates);
