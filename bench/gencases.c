/* gencases: N valid synthetic IHSS cases, one JSON object per line (JSONL), from a fixed
 * seed so that every run measures the same caseload.  usage: gencases N [SEED] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state;

static uint32_t next(void)
{
    /* xorshift64*: small, fast, the same on every machine */
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return (uint32_t)((state * 2685821657736338717ULL) >> 32);
}

static int pick(int n) { return (int)(next() % (uint32_t)n); }

static const char *const programs[] = { "PCSP", "IPO", "IHSS_R", "CFCO" };
static const char *const tasks[] = {
    "meal_preparation", "meal_cleanup", "laundry", "bowel_bladder", "feeding", "routine_bed_bath",
    "dressing", "ambulation", "transfer", "bathing_grooming", "repositioning", "domestic",
};

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: gencases N [SEED]\n");
        return 2;
    }
    long n = atol(argv[1]);
    state = argc > 2 ? strtoull(argv[2], NULL, 10) : 20261123;
    if (!state) state = 1;
    for (long i = 0; i < n; i++) {
        int age = 3 + pick(90);
        printf("{\"id\": \"case-%ld\", \"assessment_date\": \"2026-%02d-%02d\", \"age\": %d, \"program\": \"%s\", "
               "\"household_members\": %d", i + 1, 1 + pick(12), 1 + pick(28), age, programs[pick(4)], 1 + pick(5));
        /* the v2 program facts (doc/contract.md 4b); no pick(), so the caseload stays the same */
        printf(", \"medi_cal\": \"full_scope_ffp\"");
        if (pick(5) == 0) printf(", \"able_and_available_spouse\": true");
        printf(", \"ranks\": {");
        int nt = 4 + pick(8);
        int used[12] = { 0 };
        for (int k = 0, first = 1; k < nt; k++) {
            int t = pick(12);
            if (used[t]) continue;
            used[t] = 1 + pick(5);          /* rank 1..5 */
            printf("%s\"%s\": %d", first ? "" : ", ", tasks[t], used[t]);
            first = 0;
        }
        printf("}, \"weekly_need\": {");
        for (int t = 0, first = 1; t < 12; t++) {
            if (!used[t] || used[t] == 1 || pick(3) == 0) continue;
            printf("%s\"%s\": \"%d:%02d\"", first ? "" : ", ", tasks[t], pick(6), pick(60));
            first = 0;
        }
        printf("}");
        if (pick(4) == 0)
            printf(", \"shared_with_household\": {\"laundry\": true, \"meal_preparation\": true}");
        if (pick(6) == 0)
            printf(", \"paramedical\": [{\"service\": \"injections\", \"minutes\": %d, \"per_week\": %d, "
                   "\"soc321_received\": \"2025-12-01\"}]", 5 + pick(30), 1 + pick(14));
        if (pick(8) == 0)
            printf(", \"protective_supervision\": {\"requested\": true, \"mental_impairment\": true, "
                   "\"non_self_directing\": true, \"needs_24_hour_supervision\": true, \"unpredictable_behavior\": true, "
                   "\"soc821_received\": \"2025-11-15\", \"need_arises_from\": \"accident_risk\"}");
        printf(", \"notice_of_action\": {\"date\": \"2026-%02d-10\", \"effective_date\": \"2026-%02d-25\"}}\n",
               1 + pick(12), 1 + pick(12));
    }
    return 0;
}
