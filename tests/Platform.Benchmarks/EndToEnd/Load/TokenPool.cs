using Platform.IntegrationTests.Hosting;

namespace Platform.Benchmarks.EndToEnd.Load;

/// <summary>
/// Tokens of many distinct users with one role, handed out in turn: the gateway limits requests per
/// client (token subject), so a load spread over many users measures the limiter's cost, not its refusals.
/// </summary>
internal sealed class TokenPool(TestTokens tokens, string role, int users = 2000)
{
    private readonly string[] _tokens = [.. Enumerable.Range(0, users).Select(user => tokens.For($"benchmark-{role}-{user}", role))];

    public string Token(int number) => _tokens[(int)((uint)number % (uint)_tokens.Length)];
}
