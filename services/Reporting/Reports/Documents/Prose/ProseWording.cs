using Reporting.Reports.Documents.Language;

namespace Reporting.Reports.Documents.Prose;

/// <summary>
/// How dates, lists, quotations and decision references read in one language. The patterns come
/// from the language's resources, the month names and digits from its <see cref="CultureInfo"/>.
/// </summary>
internal sealed class ProseWording(DocumentStrings strings)
{
    public DocumentStrings Strings { get; } = strings;

    // A report's activities fall on the few hundred days of its period.
    private readonly Dictionary<DateOnly, string> dates = [];

    // Names built from data ("TypeLabel_meeting") recur for every activity.
    private readonly Dictionary<(string Group, string Value), string> names = [];

    public CultureInfo Language => Strings.Language;

    public string Date(DateOnly date)
    {
        if (!dates.TryGetValue(date, out var text))
        {
            text = date.ToString(Strings["DatePattern"], Language);
            dates.Add(date, text);
        }

        return text;
    }

    public string Number(int number) => number.ToString(Language);

    /// <summary>
    /// "26–30 July 2021", or across months and years each date in full. The same-month pattern is
    /// given the first day, the last date, the first date and the last day, and takes what its language needs.
    /// </summary>
    public string DateRange(DateOnly from, DateOnly to) =>
        from == to ? Date(from)
        : from.Year == to.Year && from.Month == to.Month
            ? Strings.Format("DateRangeSameMonth", Number(from.Day), Date(to), Date(from), Number(to.Day))
            : Strings.Format("DateRange", Date(from), Date(to));

    /// <summary>"A, B and C" as the language joins a list.</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => Strings.Format("ListLast", string.Join(Strings["ListSeparator"], items.Take(items.Count - 1)), items[^1]),
    };

    public string Quote(string text) => Strings.Format("Quote", text);

    /// <summary>"paragraph 6 (b) of decisions BC-14/21, RC-9/9 and SC-9/18", or each reference in full when their paragraphs differ.</summary>
    public string References(IReadOnlyList<string> references)
    {
        var places = references.Select(MandatePlace.Of).ToList();
        if (places.Count == 0)
        {
            return "";
        }

        if (places.All(place => place.Decision.Length > 0 && place.Paragraph == places[0].Paragraph))
        {
            return places.Count == 1
                ? Strings.Format("ParagraphOfDecision", places[0].Paragraph, places[0].Decision)
                : Strings.Format("ParagraphOfDecisions", places[0].Paragraph, List([.. places.Select(place => place.Decision)]));
        }

        return List([.. places.Select(place => place.Decision.Length == 0
            ? place.Paragraph
            : Strings.Format("ParagraphOfDecision", place.Paragraph, place.Decision))]);
    }

    /// <summary>"decision BC-14/21" or "decisions BC-14/21, RC-9/9 and SC-9/18".</summary>
    public string Decisions(IReadOnlyList<string> decisions) =>
        decisions.Count == 1 ? Strings.Format("DecisionOne", decisions[0]) : Strings.Format("DecisionMany", List(decisions));

    /// <summary>
    /// "the Conference of the Parties requested", or "the conferences of the Parties requested" when
    /// several adopted the decision: subject and verb together, as languages make them agree.
    /// </summary>
    public string ConferencesRequested(int count) => Strings[count == 1 ? "ConferencesRequestedOne" : "ConferencesRequestedMany"];

    /// <summary>A convention's full name ("Basel Convention"); an unknown one as the data names it.</summary>
    public string Convention(string convention) => Label("Convention", convention);

    /// <summary>"Basel, Rotterdam and Stockholm conventions".</summary>
    public string JointConventions(IReadOnlyList<string> conventions) =>
        Strings.Format("ConventionsJoint", List([.. conventions.Select(c => Label("ConventionShort", c))]));

    /// <summary>A value of the data (an activity type, a status) as the language names it; an unknown one as the data has it.</summary>
    public string Label(string group, string value) => Strings.Find(Name(group, value)) ?? value;

    /// <summary>The name of a text for a value of the data: <c>{group}_{value}</c>.</summary>
    public string Name(string group, string value)
    {
        if (!names.TryGetValue((group, value), out var name))
        {
            name = $"{group}_{value}";
            names.Add((group, value), name);
        }

        return name;
    }

    /// <summary>A sentence as entered, closed by a full stop when it has no closing punctuation.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || ".!?\u3002\u061F".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
