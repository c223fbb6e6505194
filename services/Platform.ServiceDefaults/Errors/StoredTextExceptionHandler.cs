using Microsoft.AspNetCore.Diagnostics;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Errors;

/// <summary>A value the store refused before the database saw it (<see cref="StoredTextException"/>): 400 naming the field, nothing stored.</summary>
internal sealed class StoredTextExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoredTextException stored)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [stored.Field] = [stored.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "A value does not fit the store.",
            },
            Exception = exception,
        });
    }
}
