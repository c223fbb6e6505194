using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace Platform.UnitTests.Authentication;

public sealed class ValidatedTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_validated_token_is_found_under_its_exact_text_as_a_copy_of_its_principal()
    {
        var tokens = new ValidatedTokens(new Clock(Now));
        var principal = Principal("ana", "basel-team");
        tokens.Remember("header.payload.signature", principal, Now.AddMinutes(30).UtcDateTime);

        var found = tokens.Find("header.payload.signature");

        Assert.NotNull(found);
        Assert.NotSame(principal, found);
        Assert.Equal("ana", found.Identity?.Name);
        Assert.True(found.IsInRole("basel-team"));
        Assert.Null(tokens.Find("header.payload.signaturE"));
        Assert.Null(tokens.Find("header.payload"));
        Assert.Null(tokens.Find(""));
    }

    [Fact]
    public void A_token_is_taken_on_trust_for_a_minute_at_most_then_validated_again()
    {
        var clock = new Clock(Now);
        var tokens = new ValidatedTokens(clock);
        tokens.Remember("token", Principal("ana", "reader"), Now.AddHours(1).UtcDateTime);

        clock.Now = Now + ValidatedTokens.MaxAge - TimeSpan.FromSeconds(1);
        Assert.NotNull(tokens.Find("token"));

        clock.Now = Now + ValidatedTokens.MaxAge;
        Assert.Null(tokens.Find("token"));
    }

    [Fact]
    public void A_token_is_never_taken_on_trust_past_its_expiry()
    {
        var clock = new Clock(Now);
        var tokens = new ValidatedTokens(clock);
        tokens.Remember("expiring", Principal("ana", "reader"), Now.AddSeconds(20).UtcDateTime);
        // Accepted only thanks to the clock skew: validated in full every time.
        tokens.Remember("expired", Principal("ana", "reader"), Now.AddSeconds(-5).UtcDateTime);

        Assert.Null(tokens.Find("expired"));
        clock.Now = Now.AddSeconds(20);
        Assert.Null(tokens.Find("expiring"));
    }

    [Fact]
    public void Beyond_its_capacity_a_token_is_not_remembered_until_others_expire()
    {
        var clock = new Clock(Now);
        var tokens = new ValidatedTokens(clock);
        for (var index = 0; index < ValidatedTokens.Capacity; index++)
        {
            tokens.Remember($"token-{index}", Principal($"user-{index}", "reader"), Now.AddSeconds(30).UtcDateTime);
        }

        tokens.Remember("one-more", Principal("late", "reader"), Now.AddHours(1).UtcDateTime);
        Assert.Null(tokens.Find("one-more"));
        Assert.NotNull(tokens.Find("token-0"));

        clock.Now = Now.AddSeconds(30);
        tokens.Remember("one-more", Principal("late", "reader"), Now.AddHours(1).UtcDateTime);
        Assert.Equal("late", tokens.Find("one-more")?.Identity?.Name);
    }

    private static ClaimsPrincipal Principal(string subject, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(AuthenticationExtensions.SubjectClaim, subject), .. roles.Select(role => new Claim(AuthenticationExtensions.RoleClaim, role))],
            "Bearer", AuthenticationExtensions.SubjectClaim, AuthenticationExtensions.RoleClaim));

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
