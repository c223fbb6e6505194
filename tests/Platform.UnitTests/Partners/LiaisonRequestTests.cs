using PartnerLiaison.Engagements;
using PartnerLiaison.Transmissions;
using Platform.ServiceDefaults.Validation;

namespace Platform.UnitTests.Partners;

public sealed class LiaisonRequestTests
{
    [Fact]
    public void Meeting_needs_the_part_the_secretariat_took_and_other_kinds_have_none()
    {
        var meeting = new ValidationErrors();
        var letter = new ValidationErrors();

        Engagement("meeting", participation: null).Validate(meeting);
        Engagement("communication", participation: "observer").Validate(letter);

        Assert.Equal(["participation"], meeting.ToDictionary().Keys);
        Assert.Equal(["participation"], letter.ToDictionary().Keys);
    }

    [Fact]
    public void Engagement_names_each_bad_field()
    {
        var errors = new ValidationErrors();

        var details = new EngagementRequest("visit", "", null, null, "2020-05-02", "2020-05-01",
            [], ["basel", "minamata"], ["not-a-guid"], null, null).Validate(errors);

        Assert.Null(details);
        Assert.Equal(["activities", "conventions", "end", "kind", "partners", "title"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Valid_meeting_is_normalised()
    {
        var errors = new ValidationErrors();
        var activity = Guid.NewGuid();

        var details = Engagement("Meeting", "Observer", activity: activity.ToString()).Validate(errors);

        Assert.True(errors.IsEmpty);
        Assert.NotNull(details);
        Assert.Equal("meeting", details.Kind);
        Assert.Equal("observer", details.Participation);
        Assert.Equal([activity], details.Activities);
        Assert.Equal(["basel", "stockholm"], details.Conventions);
    }

    [Fact]
    public void Transmission_goes_to_unep_unless_another_recipient_is_named()
    {
        var errors = new ValidationErrors();

        var details = new TransmissionRequest(null, "2020-03-31", "Parties' national reports, SDG 12.4", null,
            "2019-01-01", "2019-12-31", ["basel"], ["12.4", "12.5"], ["UNEP/CHW/NR/2019"], ["BC-14/21 6(a)"], null).Validate(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal("unep", details!.RecipientId);
        Assert.Equal(new DateOnly(2020, 3, 31), details.TransmittedOn);
    }

    [Fact]
    public void Transmission_names_each_bad_field()
    {
        var errors = new ValidationErrors();

        new TransmissionRequest("UNEP", "31/03/2020", null, null, "2020-01-01", "2019-01-01",
            null, ["twelve"], null, null, null).Validate(errors);

        Assert.Equal(["coversTo", "recipientId", "sdgTargets", "title", "transmittedOn"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    private static EngagementRequest Engagement(string kind, string? participation, string? activity = null) => new(
        kind, "IOMC Inter-Organization Management Committee", null, participation, "2020-02-10", "2020-02-11",
        ["iomc"], ["Basel", "stockholm", "basel"], activity is null ? null : [activity], ["BC-14/21 6(e)"], null);
}
