#include "reports/vocabulary.hpp"

#include <utility>

#include "reports/translation.hpp"

namespace polku::reports {

namespace {

// id → English label (the msgid). Sorted by nothing: looked up linearly, it is short.
constexpr std::pair<std::string_view, const char*> kLabels[] = {
    // summary items and header fields
    {"project_code", N_("Project code")},
    {"project_name", N_("Project name")},
    {"implementer", N_("Implementer")},
    {"implementer_business_id", N_("Business ID")},
    {"authority", N_("Funding authority")},
    {"project_start", N_("Project start")},
    {"project_end", N_("Project end")},
    {"project_extended_end", N_("Extended end")},
    {"period_from", N_("Period from")},
    {"period_to", N_("Period to")},
    {"rule_day_minutes", N_("Minutes in a training day")},
    {"rule_cap_per_day", N_("At most one day per person per day")},
    {"rule_rounding", N_("Rounding of day values")},
    {"rule_excluded_kinds", N_("Kinds not counted")},
    {"participants_started_total", N_("Participants started")},
    {"participants_started_women", N_("Participants started: women")},
    {"participants_started_men", N_("Participants started: men")},
    {"participants_started_other", N_("Participants started: other")},
    {"participants_started_not_given", N_("Participants started: gender not given")},
    {"participants_distinct", N_("Participants in the period")},
    {"participations", N_("Participations")},
    {"events", N_("Events")},
    {"person_training_days_total", N_("Person-training days")},
    {"person_training_days_women", N_("Person-training days: women")},
    {"person_training_days_men", N_("Person-training days: men")},
    {"person_training_days_other", N_("Person-training days: other")},
    {"person_training_days_not_given", N_("Person-training days: gender not given")},
    {"flagged_outside_project_span", N_("Entries outside the project span (not counted)")},
    // columns
    {"item", N_("Item")},
    {"value", N_("Value")},
    {"target_group", N_("Target group")},
    {"participants_started", N_("Participants started")},
    {"person_training_days", N_("Person-training days")},
    {"kind", N_("Kind")},
    {"indicator", N_("Indicator")},
    {"category", N_("Category")},
    {"metric", N_("Metric")},
    {"planned", N_("Planned")},
    {"realised", N_("Realised")},
    {"realised_in_period", N_("Realised in the period")},
    // xgettext:no-c-format
    {"percent", N_("% of plan")},
    {"expected", N_("Straight-line expectation")},
    {"forecast", N_("Forecast")},
    {"row", N_("Row")},
    {"employee_id", N_("Employee ID")},
    {"name", N_("Name")},
    {"date", N_("Date")},
    {"event_id", N_("Event")},
    {"title", N_("Title")},
    {"start", N_("Start")},
    {"end", N_("End")},
    {"status", N_("Status")},
    {"minutes", N_("Minutes")},
    {"counted_minutes", N_("Counted minutes")},
    {"day_value", N_("Day value")},
    {"project", N_("Project")},
    {"hours", N_("Hours")},
    {"days_counted", N_("Days counted")},
    {"unit", N_("Unit")},
    {"organisation", N_("Organisation")},
    {"signature", N_("Signature")},
    {"number", N_("No.")},
    {"place", N_("Place")},
    {"time", N_("Time")},
    {"person", N_("Person")},
    {"counted", N_("Counted")},
    // ledger and transcript row kinds
    {"entry", N_("entry")},
    {"day", N_("day")},
    {"total", N_("total")},
    {"subtotal", N_("subtotal")},
    // kinds
    {"course", N_("Course")},
    {"workshop", N_("Workshop")},
    {"seminar", N_("Seminar")},
    {"coaching", N_("Coaching")},
    {"wellbeing_day", N_("Wellbeing day")},
    {"e_learning", N_("E-learning")},
    {"study_visit", N_("Study visit")},
    {"other", N_("Other")},
    {"self_study", N_("Self-study")},
    // attendance
    {"present", N_("present")},
    {"partial", N_("partial")},
    {"absent", N_("absent")},
    {"excused", N_("excused")},
    // ESF indicators
    {"age", N_("Age")},
    {"under_25", N_("under 25")},
    {"25_54", N_("25-54")},
    {"55_over", N_("55 and over")},
    {"not_given", N_("not given")},
    {"education", N_("Education")},
    {"isced_0_2", N_("ISCED 0-2 (basic)")},
    {"isced_3_4", N_("ISCED 3-4 (upper secondary)")},
    {"isced_5_8", N_("ISCED 5-8 (tertiary)")},
    {"labour_status", N_("Labour market status")},
    {"employed", N_("employed")},
    {"self_employed", N_("self-employed")},
    {"unemployed", N_("unemployed")},
    {"long_term_unemployed", N_("long-term unemployed")},
    {"inactive", N_("outside the labour force")},
    // rule values
    {"yes", N_("yes")},
    {"no", N_("no")},
    {"none", N_("none")},
    {"half_day_down", N_("down to half days")},
    {"no_excluded_kinds", N_("none: every kind counts")},
    // document titles
    {"monitoring", N_("Monitoring report")},
    {"ledger", N_("Ledger of counted entries")},
    {"transcript", N_("Training record")},
    // the audit trail
    {"audit", N_("Audit trail")},
    {"changes", N_("Changes")},
    {"changed_at", N_("When (UTC)")},
    {"actor", N_("Who")},
    {"action", N_("Action")},
    {"table_name", N_("Table")},
    {"record", N_("Record")},
    {"old_values", N_("Before")},
    {"new_values", N_("After")},
    {"insert", N_("Added")},
    {"update", N_("Changed")},
    {"delete", N_("Deleted")},
    {"import", N_("Imported")},
    {"erase", N_("Erased")},
    {"signin", N_("Sign-in sheet")},
    {"summary", N_("Key figures")},
    {"target_groups", N_("By target group")},
    {"kinds", N_("By event kind")},
    {"esf_indicators", N_("ESF indicators of participants started")},
    {"targets", N_("Targets")},
    {"rules", N_("Counting rules")},
    {"chart", N_("Cumulative person-training days")},
    {"straight_line", N_("Straight line to the target")},
    {"realised_line", N_("Realised")},
    {"forecast_line", N_("Forecast at the pace so far")},
    {"cofunding", N_("Co-funded by the European Union")},
    // competence paths
    {"paths", N_("Competence paths")},
    {"supervisor", N_("Supervisor")},
    {"as_of", N_("As of")},
    {"assignments", N_("Assignments")},
    {"overdue_steps", N_("Overdue steps")},
    // xgettext:no-c-format
    {"progress", N_("Progress %")},
    {"path_id", N_("Path")},
    {"path_name", N_("Path name")},
    {"last_name", N_("Last name")},
    {"first_name", N_("First name")},
    {"step", N_("Step")},
    {"step_name", N_("Step name")},
    {"due", N_("Due")},
    {"required_minutes", N_("Required minutes")},
    {"competences_built", N_("Competences built")},
    {"steps_completed", N_("Path steps completed")},
    {"competence", N_("Competence")},
    {"completed_on", N_("Completed")},
    {"completed_by", N_("Completed by")},
    {"sign_off", N_("sign-off")},
};

}  // namespace

std::string label(Language language, std::string_view id) {
    for (const auto& [key, english] : kLabels) {
        if (key == id) {
            return tr(language, english);
        }
    }
    return std::string(id);
}

std::vector<std::string_view> labelled_ids() {
    std::vector<std::string_view> ids;
    for (const auto& entry : kLabels) {
        ids.push_back(entry.first);
    }
    return ids;
}

}  // namespace polku::reports
