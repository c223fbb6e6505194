using System.Linq.Expressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace WebApp.Components.Shared;

/// <summary>
/// What every labelled form field shares: its label, value binding, id, and the API's messages
/// for it. The messages also go into the form's validation state for this field, so the input
/// itself is marked invalid (<c>aria-invalid</c>) the way the framework's inputs mark their own
/// validation failures; the form's own validation is never blocked by them, since they are
/// cleared whenever the form asks for validation.
/// </summary>
public abstract class FormField<TValue> : ComponentBase, IDisposable
{
    private ValidationMessageStore? _store;
    private EditContext? _subscribed;
    private FieldIdentifier? _field;

    [CascadingParameter] private EditContext? EditContext { get; set; }

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter] public TValue? Value { get; set; }

    [Parameter] public EventCallback<TValue?> ValueChanged { get; set; }

    [Parameter] public Expression<Func<TValue?>>? ValueExpression { get; set; }

    /// <summary>The API's messages for this field, shown beneath it.</summary>
    [Parameter] public IEnumerable<string>? Messages { get; set; }

    [Parameter] public string? Hint { get; set; }

    [Parameter] public bool Required { get; set; }

    [Parameter] public string Id { get; set; } = "field-" + Guid.NewGuid().ToString("N")[..8];

    [Parameter(CaptureUnmatchedValues = true)] public IDictionary<string, object>? AdditionalAttributes { get; set; }

    protected bool IsInvalid => Messages?.Any() == true;

    protected string? HintId => Hint is { Length: > 0 } ? $"{Id}-hint" : null;

    /// <summary>The ids of the hint and the messages, for the input's <c>aria-describedby</c>.</summary>
    protected string? DescribedBy =>
        string.Join(' ', new[] { HintId, IsInvalid ? $"{Id}-error" : null }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    protected override void OnParametersSet()
    {
        if (EditContext is null || ValueExpression is null)
        {
            return;
        }

        if (!ReferenceEquals(EditContext, _subscribed))
        {
            Unsubscribe();
            _subscribed = EditContext;
            _store = new ValidationMessageStore(EditContext);
            EditContext.OnValidationRequested += ClearMessages;
        }

        _field = FieldIdentifier.Create(ValueExpression);
        _store!.Clear(_field.Value);
        if (IsInvalid)
        {
            _store.Add(_field.Value, Messages!);
        }
    }

    private void ClearMessages(object? sender, ValidationRequestedEventArgs args) => _store?.Clear();

    private void Unsubscribe()
    {
        if (_subscribed is not null)
        {
            _store?.Clear();
            _subscribed.OnValidationRequested -= ClearMessages;
        }
    }

    public void Dispose()
    {
        Unsubscribe();
        GC.SuppressFinalize(this);
    }
}
