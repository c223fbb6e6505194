using PartnerLiaison.Memberships;

namespace Platform.UnitTests.Partners;

public sealed class MembershipStatusTests
{
    [Theory]
    [InlineData("observer", "invited")]
    [InlineData("observer", "applied")]
    [InlineData("invited", "applied")]
    [InlineData("applied", "member")]
    [InlineData("applied", "observer")]
    [InlineData("member", "observer")]
    [InlineData("member", "ended")]
    [InlineData("invited", "ended")]
    public void Standing_moves_along_the_path_to_membership_and_out_of_it(string from, string to) =>
        Assert.True(MembershipStatus.CanMove(from, to));

    [Theory]
    [InlineData("invited", "member")]
    [InlineData("observer", "member")]
    [InlineData("member", "applied")]
    [InlineData("member", "invited")]
    [InlineData("ended", "observer")]
    [InlineData("ended", "member")]
    [InlineData("observer", "observer")]
    public void Membership_cannot_jump_steps_go_back_to_an_application_or_leave_ended(string from, string to) =>
        Assert.False(MembershipStatus.CanMove(from, to));

    [Fact]
    public void Refusal_says_which_statuses_can_be_reached_instead()
    {
        var refusal = MembershipStatus.Refusal("invited", "member");

        Assert.Contains("'invited' cannot move to 'member'", refusal, StringComparison.Ordinal);
        Assert.Contains("'applied'", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Ended_membership_points_to_recording_a_new_one() =>
        Assert.Contains("record a new membership", MembershipStatus.Refusal("ended", "invited"), StringComparison.Ordinal);

    [Fact]
    public void Every_status_except_ended_can_start_a_standing() =>
        Assert.Equal(["observer", "invited", "applied", "member"], MembershipStatus.Initial);

    [Fact]
    public void Moving_a_membership_keeps_each_step_and_every_mandate_cited()
    {
        var now = new DateTime(2020, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var membership = Membership.Open("iomc",
            new MembershipStep("invited", new DateOnly(2020, 1, 10), ["BC-14/21 8"], "Invitation received", "liaison"), now);

        membership.MoveTo(new MembershipStep("applied", new DateOnly(2020, 2, 1), ["BC-14/21 8", "RC-9/5 8"], "", "liaison"), now);
        membership.MoveTo(new MembershipStep("member", new DateOnly(2020, 6, 1), [], "Admitted", "liaison"), now);

        Assert.Equal("member", membership.Status);
        Assert.Equal(3, membership.Version);
        Assert.Equal(["invited", "applied", "member"], membership.History.Select(step => step.Status));
        Assert.Equal([1, 2, 3], membership.History.Select(step => step.Sequence));
        Assert.Equal(["BC-14/21 8", "RC-9/5 8"], membership.Mandates);
        Assert.Equal(new DateOnly(2020, 1, 10), membership.StartedOn);
        Assert.Null(membership.EndedOn);
    }

    [Fact]
    public void Ending_a_membership_records_when()
    {
        var now = DateTime.UtcNow;
        var membership = Membership.Open("iomc", new MembershipStep("observer", null, [], "", null), now);

        membership.MoveTo(new MembershipStep("ended", new DateOnly(2021, 7, 31), [], "", null), now);

        Assert.Equal(new DateOnly(2021, 7, 31), membership.EndedOn);
        Assert.Null(membership.StartedOn);
    }

    [Fact]
    public void Unreachable_move_is_refused_and_leaves_the_membership_as_it_was()
    {
        var membership = Membership.Open("iomc", new MembershipStep("invited", null, [], "", null), DateTime.UtcNow);

        Assert.Throws<InvalidOperationException>(() =>
            membership.MoveTo(new MembershipStep("member", null, [], "", null), DateTime.UtcNow));

        Assert.Equal("invited", membership.Status);
        Assert.Equal(1, membership.Version);
        Assert.Single(membership.History);
    }
}
