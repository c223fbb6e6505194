using Platform.ServiceDefaults.Validation;

namespace Platform.ConventionKernel;

/// <summary>Lists page with <c>page</c> (from 1) and a bounded <c>pageSize</c>.</summary>
public static class Paging
{
    public static void Check(ValidationErrors errors, int page, int pageSize, int maxPageSize)
    {
        if (page < 1)
        {
            errors.Add("page", "'page' starts at 1.");
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            errors.Add("pageSize", $"'pageSize' must be between 1 and {maxPageSize}.");
        }
    }
}
