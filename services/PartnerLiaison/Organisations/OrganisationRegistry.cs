namespace PartnerLiaison.Organisations;

/// <summary>
/// Every change to the partner directory goes through here, from the API and from the initial
/// directory alike: the entry, its revision and its event are added to the same unit of work,
/// and the caller's save commits them together.
/// </summary>
public sealed class OrganisationRegistry(PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock)
{
    private const int MaxUmbrellaDepth = 32;

    public Organisation Register(string id, OrganisationDetails details, string? author)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation
        {
            Id = id,
            Version = 1,
            Name = details.Name,
            Acronym = details.Acronym,
            Kind = details.Kind,
            ParentId = details.ParentId,
            RegisteredAt = now,
            UpdatedAt = now,
        };
        db.Organisations.Add(organisation);
        db.OrganisationRevisions.Add(OrganisationRevision.Of(organisation, author));
        outbox.Publish(new PartnerRegistered { Partner = Snapshot(organisation) });
        return organisation;
    }

    public void Change(Organisation organisation, OrganisationDetails details, string? author)
    {
        organisation.Name = details.Name;
        organisation.Acronym = details.Acronym;
        organisation.Kind = details.Kind;
        organisation.ParentId = details.ParentId;
        Revise(organisation, author);
    }

    public void Retire(Organisation organisation, string? author)
    {
        organisation.Retired = true;
        organisation.RetiredAt = clock.GetUtcNow().UtcDateTime;
        Revise(organisation, author);
    }

    /// <summary>
    /// An umbrella must be a current directory entry, and must not sit under the organisation
    /// itself. A parent that was kept unchanged may since have been retired.
    /// </summary>
    public async Task CheckParentAsync(
        ValidationErrors errors, string? parentId, string? organisationId, string? currentParentId, CancellationToken cancellationToken)
    {
        if (parentId is null || parentId == currentParentId)
        {
            return;
        }

        if (parentId == organisationId)
        {
            errors.Add("parentId", "An organisation cannot be its own umbrella.");
            return;
        }

        var parent = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken);
        if (parent is null)
        {
            errors.Add("parentId", $"'{parentId}' is not in the partner directory.");
            return;
        }

        if (parent.Retired)
        {
            errors.Add("parentId", $"'{parentId}' is retired and cannot take new participating organisations.");
            return;
        }

        for (var (above, depth) = (parent.ParentId, 0); above is not null && depth < MaxUmbrellaDepth; depth++)
        {
            if (above == organisationId)
            {
                errors.Add("parentId", $"'{parentId}' sits under '{organisationId}' already; the umbrella would go round in a circle.");
                return;
            }

            above = await db.Organisations.AsNoTracking().Where(o => o.Id == above).Select(o => o.ParentId).FirstOrDefaultAsync(cancellationToken);
        }
    }

    public static PartnerSnapshot Snapshot(Organisation organisation) => new()
    {
        Id = organisation.Id,
        Version = organisation.Version,
        Name = organisation.Name,
        Acronym = organisation.Acronym,
        Kind = organisation.Kind,
        ParentId = organisation.ParentId,
        Retired = organisation.Retired,
    };

    private void Revise(Organisation organisation, string? author)
    {
        organisation.Version++;
        organisation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.OrganisationRevisions.Add(OrganisationRevision.Of(organisation, author));
        outbox.Publish(new PartnerChanged { Partner = Snapshot(organisation) });
    }
}
