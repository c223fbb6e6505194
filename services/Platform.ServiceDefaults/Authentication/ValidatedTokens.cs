using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// The bearer tokens this process has validated in full (signature, issuer, audience, lifetime),
/// each remembered under its exact text for <see cref="MaxAge"/> at most and never past its
/// expiry. A client sends the same token with every call for as long as it lives, and every hop
/// (the gateway, then the service) checks it; remembering the outcome turns each later check into
/// one lookup instead of a parse, a signature and a new set of claims. Only a token that passed
/// every check is remembered; any other text is validated in full, and a token whose signing key
/// an authority withdraws is honoured here no longer than <see cref="MaxAge"/>.
/// </summary>
public sealed class ValidatedTokens(TimeProvider? clock = null)
{
    /// <summary>How long a validated token is taken on trust before it is validated again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>How many tokens are remembered at once; beyond that, tokens are validated in full every time.</summary>
    public const int Capacity = 2_000;

    private const string BearerPrefix = "Bearer ";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The bearer handler's events: look the token up before validating it, remember it once it passed.</summary>
    public JwtBearerEvents Events => new()
    {
        OnMessageReceived = context =>
        {
            if (Find(TokenOf(context.Request)) is { } principal)
            {
                context.Principal = principal;
                context.Success();
            }

            return Task.CompletedTask;
        },
        OnTokenValidated = context =>
        {
            if (context.SecurityToken is JsonWebToken token && context.Principal is { } principal)
            {
                Remember(token.EncodedToken, principal, token.ValidTo);
            }

            return Task.CompletedTask;
        },
    };

    /// <summary>A copy of the principal a remembered, unexpired token was validated to; null for any other token.</summary>
    public ClaimsPrincipal? Find(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || !_entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var entry))
        {
            return null;
        }

        if (_clock.GetUtcNow() < entry.Until)
        {
            return entry.Principal.Clone();
        }

        _entries.TryRemove(KeyValuePair.Create(token.ToString(), entry));
        return null;
    }

    /// <summary>Remembers a token that passed validation, until <paramref name="validTo"/> (UTC) or <see cref="MaxAge"/> from now.</summary>
    public void Remember(string token, ClaimsPrincipal principal, DateTime validTo)
    {
        var now = _clock.GetUtcNow();
        var until = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        if (until > now + MaxAge)
        {
            until = now + MaxAge;
        }

        // A token accepted only thanks to the clock skew is validated again each time.
        if (until <= now)
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            foreach (var (key, entry) in _entries.Where(pair => pair.Value.Until <= now).ToList())
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }

            if (_entries.Count >= Capacity)
            {
                return;
            }
        }

        _entries[token] = new Entry(principal.Clone(), until);
    }

    /// <summary>The token as the bearer handler reads it: the <c>Authorization</c> header after <c>Bearer </c>, trimmed.</summary>
    private static ReadOnlySpan<char> TokenOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization;
        if (authorization.Count != 1 || authorization[0] is not { } value
            || !value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }

        return value.AsSpan(BearerPrefix.Length).Trim();
    }

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset Until);
}
