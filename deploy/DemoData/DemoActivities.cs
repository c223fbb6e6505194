namespace Platform.DemoData;

/// <summary>
/// What the three teams recorded under their decisions in 2019–2021, each activity keyed by its
/// title within its convention. Eight are proposed as joint activities; the answers leave some
/// accepted, one declined and some waiting in each convention's list of received proposals.
/// </summary>
public static class DemoActivities
{
    private const string Basel = "basel";
    private const string Rotterdam = "rotterdam";
    private const string Stockholm = "stockholm";

    public static IReadOnlyList<DemoActivity> All { get; } =
    [
        // Basel
        new(Basel, "Joint webinar with UNEP on the 2030 Agenda indicators for chemicals and waste",
            "Webinar for national focal points, organized with UNEP and the Statistics Division of DESA, presenting the methodology and the data flows for SDG indicators 12.4.1 and 12.4.2 and the role of national reporting under the three conventions.",
            "information-exchange", "completed", "2020-06-17", "2020-06-17", ["6(b)"], ["unep", "undesa-statistics"], ["12.4"],
            ["Webinar recording and presentations on the synergies website", "Summary of questions and answers"])
        {
            Invitations =
            [
                new(Rotterdam, "The indicators draw on Rotterdam reporting too; we propose to run the webinar jointly.") { AcceptedFor = ["6(b)"] },
                new(Stockholm, "The indicators draw on Stockholm reporting too; we propose to run the webinar jointly.") { AcceptedFor = ["6(b)"] },
            ],
        },
        new(Basel, "Compilation of Party data for the 2020 reporting round on SDG indicator 12.4.1",
            "Information on the transmission of information required under the conventions, compiled from national reports and made available to UNEP as custodian agency of indicator 12.4.1.",
            "information-exchange", "completed", "2020-03-02", "2020-05-29", ["6(a)"], ["unep"], ["12.4"],
            ["Data set on Parties' compliance with reporting obligations, 2015–2019"])
        {
            Invitations =
            [
                new(Rotterdam, "One compilation for the three conventions avoids three requests to UNEP.") { AcceptedFor = ["6(a)"] },
                new(Stockholm, "One compilation for the three conventions avoids three requests to UNEP.") { AcceptedFor = ["6(a)"] },
            ],
        },
        new(Basel, "Regional workshop with the Minamata Convention secretariat on the environmentally sound management of mercury wastes",
            "Workshop for the Latin America and Caribbean region, held with the secretariat of the Minamata Convention and the Basel Convention Regional Centre for the Caribbean, on the inventory and environmentally sound management of mercury wastes.",
            "capacity-building", "completed", "2019-10-08", "2019-10-10", ["9"], ["minamata", "bcrc-caribbean"], ["12.4", "3.9"],
            ["Workshop report", "Checklist for national mercury waste inventories"])
        {
            Invitations = [new(Stockholm, "Several participating countries asked to address dioxin releases from waste incineration in the same session.")],
        },
        new(Basel, "Participation in the Steering Committee of the E-waste Coalition",
            "The Secretariat took part in the meetings of the coalition of United Nations entities on e-waste and contributed the Basel Convention technical guidelines on transboundary movements of electrical and electronic waste to its work programme.",
            "coordination", "ongoing", "2019-01-24", null, ["7"], ["e-waste-coalition", "ilo", "itu", "unep", "unido", "unitar", "unu", "who"], ["12.5"],
            ["Contributions to the coalition's work programme 2019–2021"])
        {
            Invitations =
            [
                new(Stockholm, "Brominated flame retardants listed under the Stockholm Convention are a central e-waste issue.") { AcceptedFor = ["7"] },
                new(Rotterdam, "Some e-waste components contain chemicals listed in Annex III; we would welcome your participation."),
            ],
        },
        new(Basel, "Contribution to the UNEP programme of work on marine plastic litter and microplastics",
            "Cooperation with UNEP and the Global Partnership on Marine Litter on the plastic waste amendments to Annexes II, VIII and IX of the Basel Convention and their implementation.",
            "coordination", "completed", "2019-05-13", "2021-06-30", ["6(d)"], ["unep", "gpml"], ["14.1", "12.5"],
            ["Joint factsheets on the plastic waste amendments"]),
        new(Basel, "Technical assistance to Parties on integrating hazardous waste management into national development plans",
            "Advisory missions, subject to the availability of resources, to assist Parties upon request in integrating the environmentally sound management of hazardous wastes into national sustainable development strategies.",
            "technical-assistance", "completed", "2019-09-02", "2020-02-28", ["6(c)"], ["undp"], ["12.4", "17.9"],
            ["Mission reports for three Parties"]),
        new(Basel, "Briefing of UNEP on the follow-up to Environment Assembly resolution 4/8",
            "Exchange with the UNEP Chemicals and Health Branch on activities of the Secretariat relevant to the implementation of Environment Assembly resolution 4/8 on the sound management of chemicals and waste.",
            "meeting", "completed", "2019-07-04", "2019-07-04", ["4"], ["unep"], ["12.4"], []),
        new(Basel, "Observer participation in the meeting of the IOMC Inter-Organization Coordinating Committee",
            "The Secretariat participated upon invitation as an observer and briefed the participating organizations on the outcomes of the 2019 meetings of the Conferences of the Parties.",
            "meeting", "completed", "2019-11-19", "2019-11-20", ["6(e)"], ["iomc"], [], []),
        new(Basel, "Cooperation with ILO on occupational safety in informal e-waste recycling",
            "Joint awareness-raising material with the International Labour Organization on health and safety risks for workers in informal collection and dismantling of electrical and electronic waste.",
            "joint-project", "completed", "2020-01-15", "2020-12-15", ["7"], ["ilo", "e-waste-coalition"], ["8.8", "12.5"],
            ["Guidance leaflet in English, French and Spanish"]),
        new(Basel, "Cooperation with WHO on the health aspects of healthcare waste during the COVID-19 pandemic",
            "Information exchange with the World Health Organization on the environmentally sound management of healthcare wastes generated in the COVID-19 response.",
            "information-exchange", "completed", "2020-04-06", "2020-09-30", ["10"], ["who", "unep"], ["3.9", "12.4"],
            ["Factsheet on healthcare waste and COVID-19"]),
        new(Basel, "Preparation of the report on international cooperation and coordination for the fifteenth meeting of the Conference of the Parties",
            "Compilation of the information on the implementation of decision BC-14/21 for the period from 1 January 2019 to 31 December 2020, for consideration by the Conference of the Parties at its next meeting.",
            "coordination", "completed", "2021-01-11", "2021-04-30", ["11"], [], [],
            ["Report by the Secretariat on international cooperation and coordination"]),
        new(Basel, "Side event with GEF on financing hazardous waste management",
            "Side event organized with the Global Environment Facility on access to GEF funding for projects on the environmentally sound management of hazardous wastes.",
            "meeting", "cancelled", "2020-05-20", "2020-05-20", ["6(c)"], ["gef"], [], []),
        new(Basel, "Input to the SAICM intersessional process on the beyond-2020 framework",
            "Written submission and participation in the virtual working group meetings of the intersessional process considering the Strategic Approach and the sound management of chemicals and waste beyond 2020.",
            "coordination", "ongoing", "2020-10-01", "2021-12-31", ["10"], ["saicm"], ["12.4"],
            ["Submission to the intersessional process"]),
        new(Basel, "Training with UNITAR for customs officers on the detection of illegal traffic in hazardous wastes",
            "E-learning module developed with UNITAR for customs and enforcement officers on the control of transboundary movements of hazardous wastes.",
            "capacity-building", "completed", "2021-02-01", "2021-06-30", ["6(c)", "10"], ["unitar"], ["12.4", "16.4"],
            ["E-learning module on illegal traffic"]),
        new(Basel, "Cooperation with the World Bank on waste management in small island developing States",
            "Exchange of information with the World Bank on its projects on solid and hazardous waste management in small island developing States and their relevance to the Basel Convention.",
            "information-exchange", "completed", "2021-03-15", "2021-09-15", ["10"], ["world-bank"], ["12.5"], []),
        new(Basel, "Webinar with UNIDO on the circular economy for electrical and electronic equipment",
            "Webinar for the Basel Convention regional centres, held with UNIDO, on circular business models for electrical and electronic equipment.",
            "information-exchange", "planned", "2021-11-23", "2021-11-23", ["7"], ["unido", "e-waste-coalition"], ["12.5"], []),

        // Rotterdam
        new(Rotterdam, "Joint FAO and Secretariat webinar on alternatives to highly hazardous pesticides",
            "Webinar for designated national authorities on agroecological alternatives to highly hazardous pesticides, organized with FAO and with contributions from the SAICM secretariat.",
            "capacity-building", "completed", "2020-11-10", "2020-11-10", ["10"], ["fao", "saicm"], ["12.4", "2.4"],
            ["Webinar recording", "Resource list on alternatives"])
        {
            Invitations =
            [
                new(Stockholm, "Several of the pesticides discussed are listed under the Stockholm Convention.") { AcceptedFor = ["10"] },
                new(Basel, "Obsolete pesticide stocks are hazardous wastes; we would welcome a Basel contribution."),
            ],
        },
        new(Rotterdam, "Consultation of IOMC participating organizations on the membership of the conventions in the Programme",
            "Exchanges with the participating organizations of IOMC following their invitation to consider the membership of the Basel, Rotterdam and Stockholm conventions in the Programme.",
            "coordination", "ongoing", "2020-02-03", "2021-12-31", ["8"], ["iomc", "fao", "who", "unep"], ["17.16"], [])
        {
            Invitations =
            [
                new(Basel, "Membership would be for the three conventions; we propose that the consultations be joint.") { AcceptedFor = ["8"] },
                new(Stockholm, "Membership would be for the three conventions; we propose that the consultations be joint."),
            ],
        },
        new(Rotterdam, "Contribution to the methodology for SDG indicator 12.4.1 on the Rotterdam Convention reporting obligations",
            "Review, with UNEP and the Statistics Division of DESA, of how the transmission of import responses and notifications of final regulatory action is reflected in indicator 12.4.1.",
            "methodology-development", "completed", "2019-06-03", "2019-12-13", ["6(b)"], ["unep", "undesa-statistics"], ["12.4"],
            ["Technical note on the Rotterdam Convention data for indicator 12.4.1"]),
        new(Rotterdam, "Information on import responses made available to UNEP for the follow-up of the 2030 Agenda",
            "Annual extraction of Parties' import responses and notifications submitted to the Secretariat, made available to UNEP for the follow-up and review of the 2030 Agenda.",
            "information-exchange", "completed", "2021-02-15", "2021-03-31", ["6(a)"], ["unep"], ["12.4"], []),
        new(Rotterdam, "Regional workshop with FAO on the implementation of the Convention in West Africa",
            "Subregional workshop held with FAO for designated national authorities of West African Parties on notifications of final regulatory action and import responses.",
            "capacity-building", "completed", "2019-09-23", "2019-09-26", ["6(c)"], ["fao"], ["12.4"], ["Workshop report"]),
        new(Rotterdam, "Support to Parties in integrating pesticide management into national development plans",
            "Assistance, upon request and subject to the availability of resources, to integrate the prior informed consent procedure into national plans for sustainable agriculture.",
            "technical-assistance", "ongoing", "2020-07-01", null, ["6(c)"], ["fao", "undp"], ["2.4", "12.4"], []),
        new(Rotterdam, "Cooperation with WHO on the inclusion of severely hazardous pesticide formulations",
            "Exchange of information with the World Health Organization on poisoning incidents relevant to proposals of severely hazardous pesticide formulations.",
            "information-exchange", "completed", "2019-11-04", "2020-06-30", ["10"], ["who"], ["3.9"], []),
        new(Rotterdam, "Participation in the UNEP consultation on Environment Assembly resolution 4/8",
            "Contribution of the Secretariat to the UNEP consultation on the implementation of Environment Assembly resolution 4/8 in areas relevant to the Rotterdam Convention.",
            "meeting", "completed", "2019-12-05", "2019-12-06", ["4"], ["unep"], ["12.4"], []),
        new(Rotterdam, "Observer participation in the OECD Joint Meeting of the Chemicals Committee and the Working Party on Chemicals, Pesticides and Biotechnology",
            "The Secretariat followed, as an observer, the work of OECD on pesticide risk reduction relevant to the Rotterdam Convention.",
            "meeting", "completed", "2020-06-22", "2020-06-26", ["6(e)", "10"], ["oecd"], [], []),
        new(Rotterdam, "Training of customs officers with UNITAR on chemicals subject to the prior informed consent procedure",
            "Module on the Harmonized System codes for Annex III chemicals added to the UNITAR e-learning course for customs officers.",
            "capacity-building", "completed", "2021-03-01", "2021-05-31", ["10"], ["unitar"], ["12.4"], ["E-learning module"]),
        new(Rotterdam, "Exchange with ILO on occupational exposure to hazardous pesticides",
            "Exchange of information with the International Labour Organization on occupational exposure of agricultural workers to pesticides listed in Annex III.",
            "information-exchange", "completed", "2021-04-12", "2021-07-30", ["10"], ["ilo"], ["8.8"], []),
        new(Rotterdam, "Preparation of the Rotterdam Convention part of the report on international cooperation for the tenth meeting of the Conference of the Parties",
            "Compilation of the information on the implementation of decision RC-9/9 for the period 2019–2020.",
            "coordination", "completed", "2021-01-11", "2021-04-30", ["11"], [], [], []),
        new(Rotterdam, "Consultation with the Minamata Convention secretariat on mercury compounds in pesticides",
            "Exchange of information on mercury compounds listed in Annex III and on the phase-out of mercury-added pesticides under the Minamata Convention.",
            "information-exchange", "planned", "2021-10-18", "2021-10-18", ["9"], ["minamata"], ["12.4"], []),

        // Stockholm
        new(Stockholm, "Joint capacity-building with UNITAR on integrating national implementation plans into sustainable development strategies",
            "Training for national focal points on aligning the updating of national implementation plans with national sustainable development strategies and SDG reporting.",
            "capacity-building", "completed", "2020-09-14", "2020-09-18", ["6(c)"], ["unitar", "undp"], ["12.4", "17.9"],
            ["Training materials", "Participants' action plans"])
        {
            Invitations =
            [
                new(Basel, "National hazardous waste strategies could be aligned in the same training."),
                new(Rotterdam, "Designated national authorities could join the training.")
                {
                    DeclinedBecause = "The training concerns the updating of national implementation plans under the Stockholm Convention; the Rotterdam Convention has no equivalent plans.",
                },
            ],
        },
        new(Stockholm, "Joint contribution to the Environment Management Group on marine plastic litter",
            "Contribution to the Environment Management Group's system-wide work on marine litter, covering persistent organic pollutant additives in plastics.",
            "coordination", "completed", "2019-10-21", "2020-03-31", ["6(d)"], ["emg", "unep"], ["14.1"],
            ["Joint input paper"])
        {
            Invitations = [new(Basel, "The plastic waste amendments make this a joint contribution.") { AcceptedFor = ["6(d)"] }],
        },
        new(Stockholm, "Global monitoring plan data made available to UNEP for the follow-up of the 2030 Agenda",
            "Information from the global monitoring plan for persistent organic pollutants and from national reports, made available to UNEP as custodian of indicator 12.4.1.",
            "information-exchange", "completed", "2020-03-09", "2020-04-30", ["6(a)"], ["unep"], ["12.4"], []),
        new(Stockholm, "Methodology work with UNEP and UNSD on the chemicals and waste indicators",
            "Participation in the expert group revising the metadata of indicators 12.4.1 and 12.4.2 in the light of the 2020 comprehensive review of the global indicator framework.",
            "methodology-development", "completed", "2019-04-01", "2020-03-31", ["6(b)"], ["unep", "undesa-statistics", "iaeg-sdgs"], ["12.4"],
            ["Revised metadata proposal for indicator 12.4.2"]),
        new(Stockholm, "Cooperation with UNIDO on the disposal of PCB-containing equipment",
            "Exchange with UNIDO on the environmentally sound management of equipment containing polychlorinated biphenyls ahead of the 2025 goal of the Convention.",
            "information-exchange", "ongoing", "2020-02-01", null, ["10"], ["unido", "gef"], ["12.4"], []),
        new(Stockholm, "Regional workshop on the updating of national implementation plans in Asia and the Pacific",
            "Workshop for Parties of the Asia-Pacific region, with UNEP and UNDP, on updating national implementation plans to include newly listed persistent organic pollutants.",
            "capacity-building", "completed", "2019-11-26", "2019-11-28", ["6(c)"], ["unep", "undp"], ["12.4"], ["Workshop report"]),
        new(Stockholm, "Cooperation with WHO on DDT used for disease vector control",
            "Exchange of information with the World Health Organization on the production and use of DDT for disease vector control and on alternatives.",
            "information-exchange", "completed", "2019-05-06", "2019-12-20", ["10"], ["who"], ["3.3", "12.4"], []),
        new(Stockholm, "Exchange with the Minamata Convention secretariat on unintentional releases from waste incineration",
            "Joint consideration of best available techniques guidance for waste incinerators covering both unintentional persistent organic pollutants and mercury emissions.",
            "information-exchange", "completed", "2021-05-03", "2021-09-30", ["9"], ["minamata"], ["12.4"], []),
        new(Stockholm, "Participation in the GEF Council on the chemicals and waste focal area",
            "The Secretariat presented the guidance of the Conference of the Parties to the financial mechanism at meetings of the GEF Council.",
            "meeting", "completed", "2019-06-11", "2019-06-13", ["10"], ["gef"], ["17.3"], []),
        new(Stockholm, "Observer participation in IOMC meetings on the beyond-2020 framework",
            "Participation upon invitation, as an observer, in the IOMC discussions on the contribution of the participating organizations to the beyond-2020 framework.",
            "meeting", "completed", "2020-02-25", "2020-02-26", ["6(e)"], ["iomc", "saicm"], [], []),
        new(Stockholm, "Briefing of the UNEP Executive Director on the follow-up of Environment Assembly resolutions",
            "Joint briefing on activities related to the plan \u201cTowards a Pollution-Free Planet\u201d in areas relevant to the Stockholm Convention.",
            "meeting", "completed", "2021-02-22", "2021-02-22", ["4"], ["unep"], [], []),
        new(Stockholm, "Preparation of the Stockholm Convention part of the report on international cooperation for the tenth meeting of the Conference of the Parties",
            "Compilation of the information on the implementation of decision SC-9/18 for the period 2019–2020.",
            "coordination", "completed", "2021-01-11", "2021-04-30", ["11"], [], [], []),
        new(Stockholm, "World Bank consultation on persistent organic pollutants in contaminated sites",
            "Exchange of information with the World Bank on its support to the remediation of sites contaminated by persistent organic pollutants.",
            "information-exchange", "planned", "2021-11-08", "2021-11-09", ["10"], ["world-bank"], ["12.4", "3.9"], []),
    ];
}
