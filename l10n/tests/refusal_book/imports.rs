//! An imported file's problems: every kind once with made-up figures (`import_examples`), and
//! the bad rows and headers real files give (`import_errors_reached`, `skipped_rows_reached`).

use partnerdesk_core::base::say::*;
use partnerdesk_core::imports::customer_import::plan_customer_import;
use partnerdesk_core::imports::import_error::ImportError;
use partnerdesk_core::imports::price_list::parse_price_list;
use partnerdesk_core::imports::recon_file::{read_recon_file, SkippedRow};

const CUSTOMERS: &str = "Company name,Domain,Country,Segment,Reseller MPN ID";
const PRICES: &str = "Change Indicator,Valid from Date,Valid to Date,Offer Display Name,Offer ID,License Agreement Type,Purchase Unit,Secondary License Type,End Customer Type,List Price,ERP Price";
const PRICE_ROW: &str = "ADD,6/1/2018,,Good,a1b2c3d4-0000-4000-8000-000000000009,Corporate,1 Month,Non-specific,Commercial,1.00,1.20";
const LEGACY: &str = "PartnerId,CustomerId,CustomerName,MpnId,ResellerMpnId,OrderId,SubscriptionId,SyndicationPartnerSubscriptionNumber,OfferId,DurableOfferId,OfferName,SubscriptionStartDate,SubscriptionEndDate,ChargeStartDate,ChargeEndDate,ChargeType,UnitPrice,Quantity,Amount,TotalOtherDiscount,Subtotal,Tax,TotalForCustomer,Currency,DomainName,SubscriptionName,SubscriptionDescription,BillingCycleType";

/// One of every kind of problem, its offers named "Offer X", customers "Customer Y".
pub fn import_examples() -> Vec<ImportProblem> {
    use ImportProblem::*;
    let s = ToString::to_string;
    let mut all = vec![
        EmptyFile {
            columns: vec![s("Company name"), s("Domain")],
        },
        NotCsv,
        FieldCount {
            fields: 1234,
            header: 5,
        },
        ColumnTwice {
            column: s("Domain"),
        },
        NoColumn {
            column: s("Domain"),
        },
        OfferTwice {
            offer_id: s("Offer X"),
            first_line: 1234,
        },
        SegmentUnknown {
            segment: s("Retail"),
        },
        CustomerField {
            about: s("Customer Y"),
            problem: Box::new(Say::Customer(CustomerProblem::CompanyNameMissing)),
        },
        DomainTaken {
            domain: s("y.example"),
            owner: s("Customer Y"),
        },
        DomainTwice {
            domain: s("y.example"),
            first_line: 1234,
        },
        ReconEmpty,
        ReconColumnTwice {
            column: s("Amount"),
        },
        NotReconFile,
        NoSubscriptionColumn,
        NoQuantityColumn,
        AddOnWithoutBase {
            offer: s("Offer X"),
        },
    ];
    for program in [ProgramWord::Legacy, ProgramWord::NewCommerce] {
        all.push(ReconNoColumn {
            column: s("Amount"),
            program,
        });
    }
    all.extend(row_examples().into_iter().map(Row));
    all.extend(price_cell_examples().into_iter().map(PriceCell));
    all
}

fn price_cell_examples() -> Vec<PriceCellProblem> {
    use PriceCellProblem::*;
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a day");
    let cell = || "Offer X".to_string();
    let mut all = vec![
        ValidToBeforeFrom {
            to: day(2018, 5, 31),
            from: day(2018, 6, 1),
        },
        NameEmpty,
        OfferIdNotGuid { cell: cell() },
        EndCustomerTypeEmpty,
    ];
    for column in [PriceColumn::ValidFrom, PriceColumn::ValidTo] {
        all.extend([
            NotADate {
                column,
                cell: cell(),
            },
            ShortYear {
                column,
                cell: cell(),
            },
            DateOutside {
                column,
                day: day(2300, 1, 1),
                first: day(2000, 1, 1),
                last: day(2099, 12, 31),
            },
        ]);
    }
    for column in [PriceColumn::ListPrice, PriceColumn::ErpPrice] {
        all.extend([
            PriceNegative {
                column,
                cell: cell(),
            },
            PriceTooLarge {
                column,
                cell: cell(),
                max: partnerdesk_core::Money::parse("1234").expect("an amount"),
            },
            NotAnAmount {
                column,
                cell: cell(),
            },
        ]);
    }
    for column in [
        PriceColumn::ChangeIndicator,
        PriceColumn::AgreementType,
        PriceColumn::SecondaryType,
    ] {
        all.push(NotOneOf {
            column,
            cell: cell(),
            choices: vec!["A".into(), "B".into(), "C".into()],
        });
    }
    all
}

fn row_examples() -> Vec<RowProblem> {
    use RowProblem::*;
    let mut all = vec![
        RowFieldCount {
            fields: 1234,
            header: 28,
        },
        CustomerIdEmpty,
        ChargeTypeEmpty,
        RowNamesNoSubscription,
        SubscriptionIdEmpty,
        ChargeEndsBeforeStart,
    ];
    for kind in [CellKind::Date, CellKind::Seats, CellKind::Amount] {
        all.push(CellNot {
            column: "Amount".into(),
            cell: "x".into(),
            kind,
        });
    }
    all
}

/// The problems of bad customer, price list and reconciliation files, header and rows.
pub fn import_errors_reached() -> Vec<ImportError> {
    let customers = |text: &str| plan_customer_import(text, &[], &mut || "id".to_string());
    let bad_rows = [
        CUSTOMERS,
        "Contoso,contoso.example,US,Retail,",
        ",fabrikam.example,US,Commercial,",
        "Northwind,contoso.example,US,Commercial,",
        "A,B",
    ]
    .join("\n");
    let prices = [
        PRICES,
        PRICE_ROW,
        PRICE_ROW,
        "MOVE,6/1/18,5/1/2018,,not-a-guid,Retail,1 Month,Bulk,,-1.00,abc",
        "ADD,someday,1/1/2300,Good,a1b2c3d4-0000-4000-8000-000000000010,Corporate,1 Month,Non-specific,Commercial,99999999.00,1.00",
        "ADD,6/1/2018,5/1/2018,Good,a1b2c3d4-0000-4000-8000-000000000011,Corporate,1 Month,Non-specific,Commercial,1.00,1.20",
        "ADD,6/1/2018,never,Good,a1b2c3d4-0000-4000-8000-000000000012,Corporate,1 Month,Non-specific,Commercial,1.00,1.20",
    ]
    .join("\n");
    let nce_header = "ReferenceId,CustomerId,ChargeType,ChargeStartDate,ChargeEndDate";
    let mut errors = Vec::new();
    for outcome in [
        customers(""),
        customers("Company name,Company name"),
        customers(&bad_rows),
    ] {
        errors.extend(outcome.unwrap_err());
    }
    errors.extend(parse_price_list(&prices).unwrap_err());
    for text in [
        "",
        "Foo,Bar\n1,2",
        "CustomerId,CustomerId,Amount",
        nce_header,
    ] {
        errors.extend(read_recon_file(text.as_bytes()).unwrap_err());
    }
    errors
}

/// The skipped rows of a license-based reconciliation file.
pub fn skipped_rows_reached() -> Vec<SkippedRow> {
    let good = "p,c,Contoso,1,1,o,s,ps,of,of,Offer X,6/1/2018,5/31/2019,6/1/2018,6/30/2018,Cancel fee,1,1,1,0,1,0,1,USD,d,n,n,Monthly";
    let bad = [
        "p,c",
        "p,,Contoso,1,1,o,,,of,of,Offer X,6/1/2018,5/31/2019,6/30/2018,6/1/2018,,1,many,lots,0,1,0,1,USD,d,n,n,Monthly",
        "p,c,Contoso,1,1,o,s,ps,of,of,Offer X,6/1/2018,5/31/2019,someday,6/30/2018,Cancel fee,1,1,1,0,1,0,1,USD,d,n,n,Monthly",
    ];
    let text = [LEGACY, good, bad[0], bad[1], bad[2]].join("\n");
    let (_, summary) = read_recon_file(text.as_bytes()).unwrap_or_else(|e| panic!("{e:?}"));
    summary.skipped
}
