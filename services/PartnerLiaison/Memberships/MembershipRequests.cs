namespace PartnerLiaison.Memberships;

/// <summary>The body of <c>POST /api/partners/memberships</c>: a standing with a body, first recorded.</summary>
public sealed record OpenMembershipRequest(
    string? PartnerId, string? Status, string? On, IReadOnlyList<string?>? Mandates, string? Note)
{
    public MembershipStep? Validate(ValidationErrors errors, DateOnly today, string? author)
    {
        Organisations.PartnerId.Check(errors, "partnerId", PartnerId);
        var status = RequestFields.Choice(errors, "status", Status, MembershipStatus.Initial);
        return MembershipRequests.Step(errors, status, On, Mandates, Note, today, author);
    }
}

/// <summary>The body of <c>POST /api/partners/memberships/{id}/status-changes</c>.</summary>
public sealed record MembershipStatusChangeRequest(
    string? Status, string? On, IReadOnlyList<string?>? Mandates, string? Note, int? Version)
{
    public MembershipStep? Validate(ValidationErrors errors, DateOnly today, string? author)
    {
        var status = RequestFields.Choice(errors, "status", Status, MembershipStatus.All);
        return MembershipRequests.Step(errors, status, On, Mandates, Note, today, author);
    }
}

internal static class MembershipRequests
{
    public const int NoteMaxLength = 2000;

    /// <summary>The date defaults to today: most changes are recorded as they happen.</summary>
    public static MembershipStep? Step(
        ValidationErrors errors, string? status, string? on, IReadOnlyList<string?>? mandates, string? note,
        DateOnly today, string? author)
    {
        var date = errors.IsoDate("on", on, required: false) ?? today;
        var cited = RequestFields.Texts(errors, "mandates", mandates);
        var text = errors.MultiLine("note", note, NoteMaxLength);
        return errors.IsEmpty ? new MembershipStep(status!, date, cited, text ?? "", author) : null;
    }
}
