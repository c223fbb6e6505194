namespace Platform.DemoData;

/// <summary>
/// Parties' requests for assistance (paragraph 6(c)), keyed by Party and subject within their
/// convention; those answered by the end of 2021 are closed with their outcome.
/// </summary>
public static class DemoAssistance
{
    public static IReadOnlyList<DemoAssistanceRequest> All { get; } =
    [
        new("basel", "KE", "Integration of hazardous waste management into the national development plan",
            "Request for advice on reflecting the environmentally sound management of hazardous wastes in the Medium-Term Plan of Kenya and in its SDG reporting.",
            "2019-08-12", "6(c)")
        {
            ClosedOn = "2020-02-28",
            Outcome = "Advisory mission carried out in January 2020; recommendations transmitted to the National Treasury and the Ministry of Environment and Forestry.",
        },
        new("basel", "GH", "Review of draft legislation on electrical and electronic waste",
            "Request for comments on the draft regulations on the control of transboundary movements of used electrical and electronic equipment.",
            "2020-03-16", "6(c)")
        {
            ClosedOn = "2020-07-10",
            Outcome = "Written comments provided, with reference to the technical guidelines on transboundary movements of electrical and electronic waste.",
        },
        new("basel", "TT", "Inventory of healthcare waste treatment capacity",
            "Request for assistance, through the regional centre, in preparing an inventory of healthcare waste treatment capacity in the context of the COVID-19 pandemic.",
            "2020-05-04", "6(c)"),
        new("basel", "VN", "Training of port authorities on plastic waste imports",
            "Request for training of port and customs authorities on the plastic waste amendments entering into effect on 1 January 2021.",
            "2020-11-02", "6(d)"),
        new("rotterdam", "SN", "Preparation of import responses for Annex III chemicals",
            "Request for support to the designated national authorities in preparing outstanding import responses.",
            "2019-10-14", "6(c)")
        {
            ClosedOn = "2020-03-20",
            Outcome = "Eleven import responses prepared and submitted following a national workshop held with FAO.",
        },
        new("rotterdam", "PE", "Integration of the prior informed consent procedure into the national pesticide registration system",
            "Request for technical advice on linking the national pesticide registration system with the obligations of the Convention.",
            "2020-09-21", "6(c)"),
        new("rotterdam", "LK", "National plan for the phase-out of highly hazardous pesticides",
            "Request for assistance in integrating the phase-out of highly hazardous pesticides into the national agricultural strategy.",
            "2021-04-06", "6(c)"),
        new("stockholm", "MN", "Updating of the national implementation plan",
            "Request for assistance in updating the national implementation plan to address the chemicals listed in 2017 and 2019 and in aligning it with the national sustainable development vision.",
            "2019-07-01", "6(c)")
        {
            ClosedOn = "2021-03-31",
            Outcome = "Updated national implementation plan transmitted to the Conference of the Parties in March 2021.",
        },
        new("stockholm", "ZM", "Inventory of PCB-containing equipment",
            "Request for guidance on completing the inventory of equipment containing polychlorinated biphenyls held by the national electricity utility.",
            "2020-01-20", "6(c)")
        {
            ClosedOn = "2020-10-30",
            Outcome = "Guidance and inventory templates provided; the Party was referred to the UNIDO project supported by GEF.",
        },
        new("stockholm", "EC", "Monitoring of persistent organic pollutants in breast milk",
            "Request to take part in the UNEP/WHO human milk survey under the global monitoring plan.",
            "2021-02-08", "10"),
    ];
}
