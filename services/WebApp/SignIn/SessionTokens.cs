using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Distributed;

namespace WebApp.SignIn;

/// <summary>
/// The access tokens of signed-in browsers, kept on the server. The browser's cookie carries
/// only the id of its session (inside the cookie's encrypted ticket); the token it stands for
/// never leaves this process, and it is forgotten when the token expires or the user signs out.
/// </summary>
public sealed class SessionTokens(IDistributedCache cache)
{
    /// <summary>The claim of the cookie's principal that names its session here.</summary>
    public const string SessionClaim = "session";

    public async Task<string> StoreAsync(string accessToken, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var session = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await cache.SetStringAsync(Key(session), accessToken,
            new DistributedCacheEntryOptions { AbsoluteExpiration = expires }, cancellationToken);
        return session;
    }

    public Task<string?> FindAsync(string session, CancellationToken cancellationToken) =>
        cache.GetStringAsync(Key(session), cancellationToken);

    public Task RemoveAsync(string session, CancellationToken cancellationToken) =>
        cache.RemoveAsync(Key(session), cancellationToken);

    private static string Key(string session) => "webapp-session:" + session;
}
