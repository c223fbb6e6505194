using System.Globalization;

namespace WebApp.Components.Pages.Reports;

/// <summary>How the review of a report reads on the pages.</summary>
public static class ReviewVocabulary
{
    public const string Draft = "draft";
    public const string InReview = "in-review";
    public const string Cleared = "cleared";
    public const string Issued = "issued";

    public static string Describe(string? review) => review switch
    {
        Draft => "Draft",
        InReview => "In review by the conventions",
        Cleared => "Cleared by the three conventions",
        Issued => "Issued",
        null => "Not compiled",
        _ => review,
    };

    /// <summary>A review state in a word or two, as the history's columns show it.</summary>
    public static string Short(string? review) => review switch
    {
        Draft => "Draft",
        InReview => "In review",
        Cleared => "Cleared",
        Issued => "Issued",
        _ => review ?? "",
    };

    /// <summary>What a step of the history did, in words.</summary>
    public static string Action(ReviewStep step) => step.Action switch
    {
        "edited" => $"Edited the section “{step.Section}”",
        "submitted" => $"Submitted for review (round {step.Round})",
        "cleared" => $"Cleared for {ReportStates.SourceName(step.Convention ?? "")}",
        "returned" => $"Returned for {ReportStates.SourceName(step.Convention ?? "")}",
        "issued" => "Issued",
        _ => step.Action,
    };

    public static string Time(DateTime at) => at.ToString("d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
